// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
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
// that is implicit on the given system. Its slots are bound to no app:
// the other side of such a slot is the host itself.
func SystemSnap(sys System) *snap.Info {
	info := &snap.Info{
		SuggestedName: SystemSnapName,
		Version:       "1",
		Type:          snap.TypeSnapd,
		Confinement:   snap.StrictConfinement,
		Summary:       "the system: implicit slots of the host",
		Apps:          map[string]*snap.AppInfo{},
		Hooks:         map[string]*snap.HookInfo{},
		Plugs:         map[string]*snap.PlugInfo{},
		Slots:         make(map[string]*snap.SlotInfo, len(registry)),
	}
	for _, iface := range registry {
		si := iface.StaticInfo()
		if (sys == Core && si.ImplicitOnCore) || (sys == Classic && si.ImplicitOnClassic) {
			name := iface.Name()
			// Bound to no app or hook: nil maps, which read as empty.
			info.Slots[name] = &snap.SlotInfo{Snap: info, Name: name, Interface: name}
		}
	}
	return info
}

// isSystemSnap says whether a snap is the host itself as far as its
// peers' AppArmor labels go: its slots are served by unconfined host
// processes.
func isSystemSnap(info *snap.Info) bool {
	switch info.Type {
	case snap.TypeSnapd, snap.TypeOS:
		return true
	}
	return false
}
