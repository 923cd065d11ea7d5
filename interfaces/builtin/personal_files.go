// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"

	"fmt"
	"strings"
)

// personal-files gives an app the files and directories of the user's
// home that its plug names, typically so that a snapped program can
// import the configuration its unsnapped version left in ~/.config/foo
// or ~/.foo, or use the data directory it always used (the Steam snap
// plugs $HOME/Steam). The plug lists the paths in "read" (read only)
// and "write" (read and write) attributes, each starting with "$HOME/"
// and naming something below it, hidden or not, as the reference
// accepts; a path names a file, or a directory and all that it holds.
// The slot is the system's. Because the plug reaches data other
// programs own, installing it needs a snap declaration and it never
// auto-connects; a manual connection is allowed.
//
// Where it differs from the reference:
//
//   - The reference also creates missing parent directories of a write
//     path before the app starts; snapiface has no backend for that, so
//     a daemon using it creates them itself or the app does, where the
//     parents are already writable.
//   - A path is refused when it holds any character AppArmor gives a
//     meaning to (attrs.go), not only its glob characters, and when it
//     or the plug's paths together pass the limits of limits.go.

const personalFilesSummary = `allows access to named files and directories in the user's home`

const personalFilesConnectedPlugAppArmor = `
# Description: read, or read and write, the files and directories of
# the user's home that the plug names. The owner qualifier keeps each
# rule to the files of the user the app runs as.
`

// personalFilesPath checks a "$HOME/..." path and returns it with
// $HOME as the AppArmor variable.
func personalFilesPath(what, p string) (string, error) {
	if err := checkLength(what, p, AttrPathMax); err != nil {
		return "", err
	}
	rest, ok := strings.CutPrefix(p, "$HOME/")
	if !ok || rest == "" {
		return "", fmt.Errorf(`%s %q must start with "$HOME/" and name a file or directory below it`, what, p)
	}
	if err := validatePath("the part after $HOME", "/"+rest, ""); err != nil {
		return "", fmt.Errorf("%s %q: %w", what, p, err)
	}
	return "@{HOME}/" + rest, nil
}

// personalFilesAttributes describes the plug's "read" and "write"
// (personalFilesPath, fileListAttrs).
var personalFilesAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "read", Type: interfaces.AttrTypeStringList,
		Description: "Files and directories of the user's home that the app may read: each starts with \"$HOME/\" and names something below it, hidden or not; a directory comes with all it holds. What follows $HOME must be clean (no \"..\", \".\" or \"//\", no trailing slash). " + attrDocLiteral + " " + attrDocPathList,
	}, {
		Side: "plug", Name: "write", Type: interfaces.AttrTypeStringList,
		Description: "Files and directories of the user's home that the app may read and write, written as in read.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a program's old configuration and data", Plug: map[string]interface{}{
			"read":  []interface{}{"$HOME/.config/foo"},
			"write": []interface{}{"$HOME/.foo"},
		}},
	},
}

func init() {
	registerIface(&namedFilesInterface{commonInterface: commonInterface{
		name:                  "personal-files",
		summary:               personalFilesSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: personalFilesConnectedPlugAppArmor,
	}, resolvePath: personalFilesPath, qualifier: "owner ", attrDoc: personalFilesAttributes})
}
