// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"

	"fmt"
)

// system-files gives an app the files and directories of the host that
// its plug names, typically configuration or policy that an unsnapped
// version of the program (or the administrator) keeps under /etc, such
// as /etc/cups or a browser's policy directory. The plug lists absolute
// paths in "read" (read only) and "write" (read and write) attributes;
// a path names a file, or a directory and all that it holds, and "/"
// itself is refused. The slot is the system's. Because the plug
// reaches data the system owns, installing it needs a snap declaration
// and it never auto-connects; a manual connection is allowed.
//
// Device nodes under /dev need more than a file rule (the device
// cgroup), so purpose-built interfaces serve them; system-files does
// not refuse such paths, but the rules alone will not open a device.
//
// Where it differs from the reference: the reference's store refuses
// /dev paths at review, where snapiface accepts them (above); "/" is
// refused, as it would grant the whole filesystem; and, as for every
// path attribute, a path is refused when it holds any character
// AppArmor gives a meaning to (attrs.go), not only its glob characters,
// and when it or the plug's paths together pass the limits of
// limits.go.

const systemFilesSummary = `allows access to named files and directories of the system`

const systemFilesConnectedPlugAppArmor = `
# Description: read, or read and write, the files and directories of
# the system that the plug names.
`

// systemFilesPath checks an absolute path other than "/".
func systemFilesPath(what, p string) (string, error) {
	if p == "/" {
		return "", fmt.Errorf("%s %q would give the whole filesystem", what, p)
	}
	if err := validatePath(what, p, ""); err != nil {
		return "", err
	}
	return p, nil
}

// systemFilesAttributes describes the plug's "read" and "write"
// (systemFilesPath, fileListAttrs).
var systemFilesAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "read", Type: interfaces.AttrTypeStringList,
		Description: "Files and directories of the system that the app may read: absolute, clean paths (no \"..\", \".\" or \"//\", no trailing slash), \"/\" itself refused; a directory comes with all it holds. " + attrDocLiteral + " " + attrDocPathList,
	}, {
		Side: "plug", Name: "write", Type: interfaces.AttrTypeStringList,
		Description: "Files and directories of the system that the app may read and write, written as in read.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "the host's printing configuration, and a state directory", Plug: map[string]interface{}{
			"read":  []interface{}{"/etc/cups"},
			"write": []interface{}{"/var/lib/foo"},
		}},
	},
}

func init() {
	registerIface(&namedFilesInterface{commonInterface: commonInterface{
		name:                  "system-files",
		summary:               systemFilesSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: systemFilesConnectedPlugAppArmor,
	}, resolvePath: systemFilesPath, qualifier: "", attrDoc: systemFilesAttributes})
}
