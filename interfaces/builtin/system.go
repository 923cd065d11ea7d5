// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"sync"

	"github.com/snapiface/snapiface/snap"
)

// SystemSnapName is the name of the snap that carries the implicit slots.
const SystemSnapName = "snapd"

// System says which kind of system the implicit slots are for.
type System int

// The kinds of system.
const (
	Classic System = iota
	Core
)

func (sys System) String() string {
	if sys == Core {
		return "core"
	}
	return "classic"
}

// SystemSnap returns a snap of type snapd, named "snapd", carrying one
// slot, named after its interface, for every interface of the catalogue
// that is implicit on the given system, and designated as the system
// (snap.Info.System). Its slots are bound to no app: the other side of
// such a slot is the host itself.
func SystemSnap(sys System) *snap.Info {
	implicit := implicitInterfaces(sys)
	info := &snap.Info{
		SuggestedName: SystemSnapName,
		Version:       "1",
		Type:          snap.TypeSnapd,
		Confinement:   snap.StrictConfinement,
		Summary:       "the system: implicit slots of the host",
		System:        true,
		Apps:          map[string]*snap.AppInfo{},
		Hooks:         map[string]*snap.HookInfo{},
		Plugs:         map[string]*snap.PlugInfo{},
		Slots:         make(map[string]*snap.SlotInfo, len(implicit)),
	}
	// One allocation for them all: a daemon makes the system snap at
	// every start.
	slots := make([]snap.SlotInfo, len(implicit))
	for i, name := range implicit {
		// Bound to no app or hook: nil maps, which read as empty. Set
		// field by field: the array is zeroed already, and a struct
		// assigned whole is copied with every pointer in it.
		slot := &slots[i]
		slot.Snap, slot.Name, slot.Interface = info, name, name
		info.Slots[name] = slot
	}
	return info
}

// implicit holds, per System, the names of the interfaces implicit on
// it, found once: the registry does not change after init.
var implicit [2]struct {
	once  sync.Once
	names []string
}

// implicitInterfaces returns the names of the interfaces implicit on a
// system, sorted; callers must not modify them.
func implicitInterfaces(sys System) []string {
	i := 0
	if sys == Core {
		i = 1
	}
	imp := &implicit[i]
	imp.once.Do(func() {
		for _, iface := range registry {
			si := iface.StaticInfo()
			if (sys == Core && si.ImplicitOnCore) || (sys == Classic && si.ImplicitOnClassic) {
				imp.names = append(imp.names, iface.Name())
			}
		}
	})
	return imp.names
}

// isSystemSnap says whether a snap is the host itself as far as its
// peers' AppArmor labels go: its slots are served by unconfined host
// processes. Only the snap the caller designated is (snap.Info.System):
// a snap.yaml that says "type: snapd" or "type: os", or is named
// "snapd", is not.
func isSystemSnap(info *snap.Info) bool {
	return info != nil && info.System
}
