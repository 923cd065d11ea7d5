// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package ifacetest holds a configurable fake interface, so that the
// core and the backends are tested without the catalogue.
package ifacetest

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// TestInterface is an interface whose every hook is a field; nil hooks
// do nothing.
type TestInterface struct {
	InterfaceName       string
	InterfaceStaticInfo interfaces.StaticInfo

	AutoConnectCallback       func(plug *snap.PlugInfo, slot *snap.SlotInfo) bool
	BeforePreparePlugCallback func(plug *snap.PlugInfo) error
	BeforePrepareSlotCallback func(slot *snap.SlotInfo) error

	AppArmorConnectedPlugCallback func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error
	AppArmorConnectedSlotCallback func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error
	AppArmorPermanentPlugCallback func(spec *apparmor.Specification, plug *snap.PlugInfo) error
	AppArmorPermanentSlotCallback func(spec *apparmor.Specification, slot *snap.SlotInfo) error

	SecCompConnectedPlugCallback func(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error
	SecCompConnectedSlotCallback func(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error
	SecCompPermanentPlugCallback func(spec *seccomp.Specification, plug *snap.PlugInfo) error
	SecCompPermanentSlotCallback func(spec *seccomp.Specification, slot *snap.SlotInfo) error
}

var (
	_ interfaces.Interface          = (*TestInterface)(nil)
	_ interfaces.PlugSanitizer      = (*TestInterface)(nil)
	_ interfaces.SlotSanitizer      = (*TestInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*TestInterface)(nil)
	_ apparmor.ConnectedSlotDefiner = (*TestInterface)(nil)
	_ apparmor.PermanentPlugDefiner = (*TestInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*TestInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*TestInterface)(nil)
	_ seccomp.ConnectedSlotDefiner  = (*TestInterface)(nil)
	_ seccomp.PermanentPlugDefiner  = (*TestInterface)(nil)
	_ seccomp.PermanentSlotDefiner  = (*TestInterface)(nil)
)

// Name implements interfaces.Interface.
func (t *TestInterface) Name() string { return t.InterfaceName }

// StaticInfo implements interfaces.Interface.
func (t *TestInterface) StaticInfo() interfaces.StaticInfo { return t.InterfaceStaticInfo }

// AutoConnect implements interfaces.Interface.
func (t *TestInterface) AutoConnect(plug *snap.PlugInfo, slot *snap.SlotInfo) bool {
	if t.AutoConnectCallback != nil {
		return t.AutoConnectCallback(plug, slot)
	}
	return true
}

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (t *TestInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if t.BeforePreparePlugCallback != nil {
		return t.BeforePreparePlugCallback(plug)
	}
	return nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (t *TestInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if t.BeforePrepareSlotCallback != nil {
		return t.BeforePrepareSlotCallback(slot)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (t *TestInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if t.AppArmorConnectedPlugCallback != nil {
		return t.AppArmorConnectedPlugCallback(spec, plug, slot)
	}
	return nil
}

// AppArmorConnectedSlot implements apparmor.ConnectedSlotDefiner.
func (t *TestInterface) AppArmorConnectedSlot(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if t.AppArmorConnectedSlotCallback != nil {
		return t.AppArmorConnectedSlotCallback(spec, plug, slot)
	}
	return nil
}

// AppArmorPermanentPlug implements apparmor.PermanentPlugDefiner.
func (t *TestInterface) AppArmorPermanentPlug(spec *apparmor.Specification, plug *snap.PlugInfo) error {
	if t.AppArmorPermanentPlugCallback != nil {
		return t.AppArmorPermanentPlugCallback(spec, plug)
	}
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner.
func (t *TestInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	if t.AppArmorPermanentSlotCallback != nil {
		return t.AppArmorPermanentSlotCallback(spec, slot)
	}
	return nil
}

// SecCompConnectedPlug implements seccomp.ConnectedPlugDefiner.
func (t *TestInterface) SecCompConnectedPlug(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if t.SecCompConnectedPlugCallback != nil {
		return t.SecCompConnectedPlugCallback(spec, plug, slot)
	}
	return nil
}

// SecCompConnectedSlot implements seccomp.ConnectedSlotDefiner.
func (t *TestInterface) SecCompConnectedSlot(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if t.SecCompConnectedSlotCallback != nil {
		return t.SecCompConnectedSlotCallback(spec, plug, slot)
	}
	return nil
}

// SecCompPermanentPlug implements seccomp.PermanentPlugDefiner.
func (t *TestInterface) SecCompPermanentPlug(spec *seccomp.Specification, plug *snap.PlugInfo) error {
	if t.SecCompPermanentPlugCallback != nil {
		return t.SecCompPermanentPlugCallback(spec, plug)
	}
	return nil
}

// SecCompPermanentSlot implements seccomp.PermanentSlotDefiner.
func (t *TestInterface) SecCompPermanentSlot(spec *seccomp.Specification, slot *snap.SlotInfo) error {
	if t.SecCompPermanentSlotCallback != nil {
		return t.SecCompPermanentSlotCallback(spec, slot)
	}
	return nil
}
