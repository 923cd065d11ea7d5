// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import (
	"strings"

	"github.com/snapiface/snapiface/interfaces"
)

// RuleSource is a connection whose connected policy holds a rule of a
// profile, and the other end of it, seen from the profile's snap: where
// a rule that apparmor_parser refuses came from when its text came from
// the other side (a content slot's paths land in the consumer's
// profile).
type RuleSource struct {
	Conn interfaces.ConnRef
	// Other is the other end: "slot SNAP:SLOT" for a rule of the plug's
	// side, "plug SNAP:PLUG" for one of the slot's.
	Other string
}

// RuleSources returns the connections of snapName in repo through which
// interface iface adds rule, one line of the rendered profile of tag
// (spaces around it do not count), to that profile, in the order of
// repo.SnapConnections. A profile's origins say which interface added
// a line (Profile.Origin); this says through which connection. It
// computes each candidate connection's rules again, alone: it is for
// explaining an error, so that rendering, the hot path, records nothing
// for it and pays nothing.
func RuleSources(repo *interfaces.Repository, snapName, tag, iface, rule string) []RuleSource {
	rule = strings.TrimSpace(rule)
	if rule == "" {
		return nil
	}
	var out []RuleSource
	for _, ref := range repo.SnapConnections(snapName) {
		conn, err := repo.Connection(ref)
		if err != nil || conn.Interface.Name() != iface {
			continue
		}
		if ref.PlugRef.Snap == snapName && hasTag(conn.Plug.SecurityTags(), tag) {
			spec := &Specification{}
			if spec.AddConnectedPlug(conn.Interface, conn.Plug, conn.Slot) == nil && holdsLine(spec.SnippetForTag(tag), rule) {
				out = append(out, RuleSource{Conn: ref, Other: "slot " + ref.SlotRef.String()})
				continue
			}
		}
		if ref.SlotRef.Snap == snapName && hasTag(conn.Slot.SecurityTags(), tag) {
			spec := &Specification{}
			if spec.AddConnectedSlot(conn.Interface, conn.Plug, conn.Slot) == nil && holdsLine(spec.SnippetForTag(tag), rule) {
				out = append(out, RuleSource{Conn: ref, Other: "plug " + ref.PlugRef.String()})
			}
		}
	}
	return out
}

func hasTag(tags []string, tag string) bool {
	for _, t := range tags {
		if t == tag {
			return true
		}
	}
	return false
}

// holdsLine says whether text has line, spaces around them aside.
func holdsLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == line {
			return true
		}
	}
	return false
}
