// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
)

// optical-drive gives an app the CD, DVD and Blu-ray drives of the
// machine, to read discs (play them, rip them, install from them). The
// plug attribute "write: true" also lets it write discs (burn them);
// such a plug never auto-connects. The slot is the system's, on classic
// distributions only, and a read-only plug auto-connects there.
//
// The reference system also adds the drives to the app's device
// cgroup; snapiface has no device backend, so a daemon using it that
// confines devices with cgroups must let the drives (block major 11)
// through itself.
//
// Not rendered here: udev. The app's device cgroup admits the optical
// drives' nodes only once udev rules tag them for the app's security
// tag; a daemon using this library writes those rules itself.

const opticalDriveSummary = `allows access to optical drives`

const opticalDriveBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - core
deny-auto-connection:
  plug-attributes:
    write: "true"
`

const opticalDriveConnectedPlugAppArmor = `
# Description: read discs in the optical drives.

# The drives: /dev/srN, from the kernel's SCSI CD-ROM driver that
# serves every kind of optical drive today, and the older /dev/scdN
# names some systems still link to them.
/dev/sr[0-9]* r,
/dev/scd[0-9]* r,

# The kernel's table of drives and what each can do (read which media,
# play audio, write), that disc libraries read to pick a drive.
@{PROC}/sys/dev/cdrom/info r,

# udev's properties of the drives (block major 11), which name the
# media in them.
/run/udev/data/b11:[0-9]* r,
`

const opticalDriveWriteAppArmor = `
# Description: with "write: true", also write (burn) discs.

# Burning opens the drive read-write to send it write commands.
/dev/sr[0-9]* w,
/dev/scd[0-9]* w,
`

// opticalDriveWrite reads the optional boolean "write" attribute.
func opticalDriveWrite(attrs map[string]interface{}) (bool, error) {
	raw, ok := attrs["write"]
	if !ok {
		return false, nil
	}
	write, ok := raw.(bool)
	if !ok {
		return false, fmt.Errorf(`"write" must be true or false`)
	}
	return write, nil
}

// opticalDriveAttributes describes the plug's "write"
// (opticalDriveWrite).
var opticalDriveAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "write", Type: interfaces.AttrTypeBool, Default: "false",
		Description: "true also lets the app write discs (burn them). Such a plug never auto-connects.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "reading discs", Plug: map[string]interface{}{}},
		{Title: "reading and burning discs", Plug: map[string]interface{}{"write": true}},
	},
}

func init() {
	registerIface(&optionalRulesInterface{commonInterface: commonInterface{
		name:                  "optical-drive",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               opticalDriveSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  opticalDriveBaseDeclarationSlots,
		connectedPlugAppArmor: opticalDriveConnectedPlugAppArmor,
	}, attrSet: opticalDriveWrite, extraAppArmor: opticalDriveWriteAppArmor, attrDoc: opticalDriveAttributes})
}
