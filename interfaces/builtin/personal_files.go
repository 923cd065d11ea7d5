// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"strings"
)

// personal-files gives an app the hidden files and directories of the
// user's home that its plug names, typically so that a snapped program
// can import the configuration its unsnapped version left in
// ~/.config/foo or ~/.foo. The plug lists the paths in "read" (read
// only) and "write" (read and write) attributes, each starting with
// "$HOME/."; a path names a file, or a directory and all that it holds.
// The slot is the system's. Because the plug reaches data other
// programs own, installing it needs a snap declaration and it never
// auto-connects; a manual connection is allowed.
//
// The reference system also creates missing parent directories of a
// write path before the app starts; snapiface has no backend for that,
// so a daemon using it creates them itself or the app does, where the
// parents are already writable.

const personalFilesSummary = `allows access to named hidden files and directories in the user's home`

const personalFilesConnectedPlugAppArmor = `
# Description: read, or read and write, the files and directories of
# the user's home that the plug names. The owner qualifier keeps each
# rule to the files of the user the app runs as.
`

// personalFilesPath checks a "$HOME/.NAME..." path and returns it with
// $HOME as the AppArmor variable.
func personalFilesPath(what, p string) (string, error) {
	if err := checkLength(what, p, AttrPathMax); err != nil {
		return "", err
	}
	rest, ok := strings.CutPrefix(p, "$HOME/")
	if !ok || !strings.HasPrefix(rest, ".") {
		return "", fmt.Errorf(`%s %q must start with "$HOME/."`, what, p)
	}
	if err := validatePath("the part after $HOME", "/"+rest, ""); err != nil {
		return "", fmt.Errorf("%s %q: %w", what, p, err)
	}
	return "@{HOME}/" + rest, nil
}

func init() {
	registerIface(&namedFilesInterface{commonInterface: commonInterface{
		name:                  "personal-files",
		summary:               personalFilesSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: personalFilesConnectedPlugAppArmor,
	}, resolvePath: personalFilesPath, qualifier: "owner "})
}
