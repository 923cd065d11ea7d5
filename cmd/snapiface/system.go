// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// system is a repository holding the catalogue, the system snap and the
// snaps given on the command line.
type system struct {
	repo    *interfaces.Repository
	kind    builtin.System
	snaps   []*snap.Info
	dropped []interfaces.Dropped
}

// loadSystem reads each snap.yaml and adds it, after the system snap, to
// a fresh repository. Plugs and slots dropped on the way are kept. The
// system snap is snapiface's own: a snap.yaml that says it is of the
// system's type (snapd, os) is refused rather than taken for a second
// system, and the repository refuses the system's names.
func loadSystem(paths []string, kind builtin.System) (*system, error) {
	sys := &system{repo: builtin.NewRepository(), kind: kind}
	if _, err := sys.repo.AddSnap(builtin.SystemSnap(kind)); err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	for _, path := range paths {
		info, err := snap.ReadInfo(path)
		if err != nil {
			return nil, err
		}
		if info.Type == snap.TypeSnapd || info.Type == snap.TypeOS {
			return nil, fmt.Errorf("%s: cannot add snap %q of type %s: snapiface adds the system snap itself (%q), and refuses a second one", path, info.InstanceName(), info.Type, builtin.SystemSnapName)
		}
		dropped, err := sys.repo.AddSnap(info)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		sys.snaps = append(sys.snaps, info)
		sys.dropped = append(sys.dropped, dropped...)
	}
	return sys, nil
}

// systemSlot returns the system snap's implicit slot for a plug's
// interface, or nil.
func (sys *system) systemSlot(plug *snap.PlugInfo) *snap.SlotInfo {
	return sys.repo.Slot(sys.repo.SystemSnap(), plug.Interface)
}

// reportDropped says on w which plugs and slots were dropped and why.
func (sys *system) reportDropped(w io.Writer) {
	for _, d := range sys.dropped {
		fmt.Fprintf(w, "dropped %s\n", d)
	}
}

// wasDropped says whether a plug of a snap was dropped when it was added.
func (sys *system) wasDropped(snapName, plugName string) bool {
	return sys.droppedAs("plug", snapName, plugName) != nil
}

// droppedAs returns how a plug or slot (side) of a snap was dropped
// when the snap was added, or nil.
func (sys *system) droppedAs(side, snapName, name string) *interfaces.Dropped {
	for i := range sys.dropped {
		if d := &sys.dropped[i]; d.Side == side && d.Snap == snapName && d.Name == name {
			return d
		}
	}
	return nil
}

// specs computes both backends' specifications of a snap.
func (sys *system) specs(instanceName string) (*apparmor.Specification, *seccomp.Specification, error) {
	aa := &apparmor.Specification{}
	if err := sys.repo.SnapSpecification(aa, instanceName); err != nil {
		return nil, nil, err
	}
	sc := &seccomp.Specification{}
	if err := sys.repo.SnapSpecification(sc, instanceName); err != nil {
		return nil, nil, err
	}
	return aa, sc, nil
}

// slotsOfInterface says which slots a plug of iface could be connected
// to instead, for an error about a slot that will not do: "; name a
// slot of interface "x" with =SNAP:SLOT: a:s, b:t", or that there is
// none.
func (sys *system) slotsOfInterface(iface string) string {
	slots := sys.repo.AllSlots(iface)
	if len(slots) == 0 {
		return fmt.Sprintf("; no snap given has a slot of interface %q", iface)
	}
	names := make([]string, len(slots))
	for i, slot := range slots {
		names[i] = slot.Snap.InstanceName() + ":" + slot.Name
	}
	return fmt.Sprintf("; name a slot of interface %q with =SNAP:SLOT: %s", iface, strings.Join(names, ", "))
}
