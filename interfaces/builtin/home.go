// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"

	"fmt"
)

// home gives an app the documents of the user it runs as: the
// non-hidden files and directories of the user's home directory, to
// open, save and run them. Hidden entries (where other programs keep
// their configuration and secrets) and ~/snap (where each snap keeps
// its own per-user data, of which only the listing of ~/snap itself is
// open) stay out of reach, and ~/bin (which is on the user's PATH on
// many distributions, so that a confined app writing there could plant
// commands the user later runs unconfined) may be read and run from but
// not written. Programs kept in the home directory (scripts, AppImages,
// tools unpacked there) run under the app's own profile (ix), as under
// the reference: running one gains nothing the app could not do itself.
// The user's GVfs mounts (/run/user/UID/gvfs, the FUSE view of remote
// and MTP locations GIO apps open files through) are read, and their
// files written, as the reference allows. The slot is the system's. It
// auto-connects on classic distributions, where desktop apps expect it,
// and not on Ubuntu Core.
//
// The negated character classes below leave out NUL as well as the
// bytes they name: paths never hold one, but apparmor_parser encodes an
// exec-conditioned change_profile rule (docker-support's, lxd-support's)
// with a NUL after the program's path, and an exec rule whose class
// matches it then conflicts with it ("conflicting x modifiers"). The
// reference instead drops home's ix when such an interface is connected.
//
// The plug attribute "read: all" (the only value "read" takes) also
// lets the app read the non-hidden files of every user's home, as file
// permissions allow, for services that work for all the users of a
// machine (a VM manager sharing homes with its guests, a container
// engine); such a plug never auto-connects. Unlike the reference, it
// does not grant dac_read_search: file permissions still decide what
// another user's files reveal, and the capability would let a root
// service read any file whose path the profile allows, whatever its
// mode.

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
# Description: read, write and run the non-hidden files and directories
# of the home directory of the user the app runs as.

# List the home directory itself, and ~/snap, through which a snap's
# own data is reached (the names of the snaps the user ran show there).
owner @{HOME}/ r,
owner @{HOME}/snap/ r,

# Everything below it whose top-level name neither starts with a dot
# nor is "snap" or "bin", to read, write, lock, link and run (under
# this profile). AppArmor has no "except", so the patterns spell the
# qualifying names out: those that start with another character, then
# those that start like "bin" or "snap" but differ from it or go on
# after it. The classes leave out NUL (see the interface's doc).
owner @{HOME}/[^bs.\x00]** rwklix,
owner @{HOME}/b[^i\x00]** rwklix,
owner @{HOME}/bi[^n\x00]** rwklix,
owner @{HOME}/bin[^/\x00]** rwklix,
owner @{HOME}/{b,bi}{,/,/**} rwklix,
owner @{HOME}/s[^n\x00]** rwklix,
owner @{HOME}/sn[^a\x00]** rwklix,
owner @{HOME}/sna[^p\x00]** rwklix,
owner @{HOME}/snap[^/\x00]** rwklix,
owner @{HOME}/{s,sn,sna}{,/,/**} rwklix,

# ~/bin may be read and run from, not written: see above.
owner @{HOME}/bin{,/,/**} rix,

# The user's GVfs mounts: read everything, write files below each
# mount, not the mount points.
owner /run/user/[0-9]*/gvfs/{,**} r,
owner /run/user/[0-9]*/gvfs/*/** w,
`

const homeReadAllAppArmor = `
# Description: with "read: all", also read the non-hidden files and
# directories of every user's home, as their file permissions allow.

# List the users' home directories.
@{HOMEDIRS} r,
@{HOME}/ r,

# Every entry whose top-level name neither starts with a dot nor is
# "snap", as above but whoever owns it, read only.
@{HOME}/[^s.\x00]** r,
@{HOME}/s[^n\x00]** r,
@{HOME}/sn[^a\x00]** r,
@{HOME}/sna[^p\x00]** r,
@{HOME}/snap[^/\x00]** r,
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

// homeAttributes describes the plug's "read" (homeReadAll).
var homeAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "read", Type: interfaces.AttrTypeString,
		Description: "\"all\", its only value, also lets the app read the non-hidden files of every user's home, as file permissions allow. Such a plug never auto-connects.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "the home of the user the app runs as", Plug: map[string]interface{}{}},
		{Title: "every user's home, read only", Plug: map[string]interface{}{"read": "all"}},
	},
}

func init() {
	registerIface(&optionalRulesInterface{commonInterface: commonInterface{
		name:                  "home",
		summary:               homeSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  homeBaseDeclarationSlots,
		connectedPlugAppArmor: homeConnectedPlugAppArmor,
	}, attrSet: homeReadAll, extraAppArmor: homeReadAllAppArmor, attrDoc: homeAttributes})
}
