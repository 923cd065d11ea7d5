// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
)

// home gives an app the documents of the user it runs as: the
// non-hidden files and directories of the user's home directory, to
// open and save them. Hidden entries (where other programs keep their
// configuration and secrets), ~/snap (where each snap keeps its own
// per-user data) and writing to ~/bin (which is on the user's PATH on
// many distributions, so that a confined app writing there could plant
// commands the user later runs unconfined) stay out of reach. The slot
// is the system's. It auto-connects on classic distributions, where
// desktop apps expect it, and not on Ubuntu Core.
//
// The plug attribute "read: all" (the only value "read" takes) also
// lets the app read the non-hidden files of every user's home, as file
// permissions allow, for services that work for all the users of a
// machine (a VM manager sharing homes with its guests, a container
// engine); such a plug never auto-connects.

const homeSummary = `allows access to the non-hidden files in the user's home directory`

const homeBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - core
deny-auto-connection:
  -
    on-classic: false
  -
    plug-attributes:
      read: all
`

const homeConnectedPlugAppArmor = `
# Description: read and write the non-hidden files and directories of
# the home directory of the user the app runs as.

# List the home directory itself.
owner @{HOME}/ r,

# Everything below it whose top-level name neither starts with a dot
# nor is "snap" or "bin". AppArmor has no "except", so the patterns
# spell the qualifying names out: those that start with another
# character, then those that start like "bin" or "snap" but differ from
# it or go on after it.
owner @{HOME}/[^bs.]** rwkl,
owner @{HOME}/b[^i]** rwkl,
owner @{HOME}/bi[^n]** rwkl,
owner @{HOME}/bin[^/]** rwkl,
owner @{HOME}/{b,bi}{,/,/**} rwkl,
owner @{HOME}/s[^n]** rwkl,
owner @{HOME}/sn[^a]** rwkl,
owner @{HOME}/sna[^p]** rwkl,
owner @{HOME}/snap[^/]** rwkl,
owner @{HOME}/{s,sn,sna}{,/,/**} rwkl,

# ~/bin may be read, not written: see above.
owner @{HOME}/bin{,/,/**} r,
`

const homeReadAllAppArmor = `
# Description: with "read: all", also read the non-hidden files and
# directories of every user's home, as their file permissions allow.

# List the users' home directories.
@{HOMEDIRS} r,
@{HOME}/ r,

# Every entry whose top-level name neither starts with a dot nor is
# "snap", as above but whoever owns it, read only.
@{HOME}/[^s.]** r,
@{HOME}/s[^n]** r,
@{HOME}/sn[^a]** r,
@{HOME}/sna[^p]** r,
@{HOME}/snap[^/]** r,
@{HOME}/{s,sn,sna}{,/,/**} r,
`

// homeReadAll reads the optional "read" attribute, which may only be
// "all".
func homeReadAll(attrs map[string]interface{}) (bool, error) {
	read, ok, err := stringAttr(attrs, "read")
	if err != nil || !ok {
		return false, err
	}
	if read != "all" {
		return false, fmt.Errorf(`"read" must be "all" when set, not %q`, read)
	}
	return true, nil
}

func init() {
	registerIface(&optionalRulesInterface{commonInterface: commonInterface{
		name:                  "home",
		summary:               homeSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  homeBaseDeclarationSlots,
		connectedPlugAppArmor: homeConnectedPlugAppArmor,
	}, attrSet: homeReadAll, extraAppArmor: homeReadAllAppArmor})
}
