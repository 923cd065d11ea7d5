// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// The limits on what a plug's or slot's attributes may bring into
// policy text. A snap.yaml is written by anyone, and some attributes
// reach the profile of another snap (a content slot's paths land in the
// consumer's profile), so they bound the work apparmor_parser is given,
// not only the size of the text: its time grows faster than the length
// of the paths it compiles (four paths of 4096 bytes take it about a
// second, eight about six, thirty-two two minutes, on the 2-core
// machine of BENCHMARKS.md), and a single rule of more than 16 KiB
// overflows its input buffer. Every attribute of the catalogue that
// puts a string into a rule is checked against them when its plug or
// slot is sanitized, through the readers of attrs.go; an interface that
// adds such an attribute uses those readers and so inherits the limits,
// and checkAttrLimits in the tests (helpers_test.go) proves it.
const (
	// AttrPathMax is the longest path an attribute may name, in
	// bytes: PATH_MAX, which no path the kernel resolves exceeds.
	AttrPathMax = 4096
	// AttrListMax is the most entries a list attribute ("read",
	// "write", "desktop-file-ids", ...) may have. Real snaps list a
	// handful; sixty-four is far above any in the corpus.
	AttrListMax = 64
	// AttrPathsMax is the most bytes the paths of one plug or slot
	// may add up to, over all of its path attributes: four paths of
	// PATH_MAX, which apparmor_parser compiles in about a second.
	AttrPathsMax = 4 * AttrPathMax
	// AttrNameMax is the longest name an attribute may give (a D-Bus
	// name, a shared memory object, a tag): NAME_MAX, the longest
	// file name, and the D-Bus specification's limit on bus names.
	AttrNameMax = 255
)

// checkLength refuses a value longer than max bytes, without quoting
// it: a value that long would drown the message.
func checkLength(what, s string, max int) error {
	if len(s) > max {
		return fmt.Errorf("%s is %d bytes long, more than the %d allowed", what, len(s), max)
	}
	return nil
}

// pathBudget counts the bytes of the paths a plug or slot names, and
// refuses them past AttrPathsMax.
type pathBudget struct {
	used int
}

// spend adds the bytes of a path, or says that it would go past the
// budget.
func (b *pathBudget) spend(what, p string) error {
	b.used += len(p)
	if b.used > AttrPathsMax {
		return fmt.Errorf("%s takes the paths of the plug or slot to %d bytes, more than the %d allowed", what, b.used, AttrPathsMax)
	}
	return nil
}

// plugAttrError says which plug a sanitizer refused, and why: every
// error of a plug sanitizer goes through it, so that each names the
// snap, the plug and the interface.
func plugAttrError(plug *snap.PlugInfo, err error) error {
	return interfaces.PlugSanitizeError(plug, err)
}

// slotAttrError says which slot a sanitizer refused, and why.
func slotAttrError(slot *snap.SlotInfo, err error) error {
	return interfaces.SlotSanitizeError(slot, err)
}
