// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package interfaces holds the contract every confinement interface
// meets, the plugs and slots of a connection, and the Repository that
// tracks snaps and their connections and computes their specifications.
package interfaces

import (
	"fmt"

	"github.com/snapiface/snapiface/snap"
)

// Interface is one kind of permission a plug asks for and a slot grants.
type Interface interface {
	// Name returns the interface name, as used in snap.yaml.
	Name() string
	// StaticInfo returns what is known of the interface without a snap.
	StaticInfo() StaticInfo
	// AutoConnect says whether the interface itself agrees to
	// auto-connect this plug and slot; the base declaration decides
	// first, so most interfaces return true.
	AutoConnect(plug *snap.PlugInfo, slot *snap.SlotInfo) bool
}

// StaticInfo is what an interface says about itself.
type StaticInfo struct {
	Summary string
	DocURL  string

	// ImplicitOnCore and ImplicitOnClassic say whether the system snap
	// carries a slot of the interface on Ubuntu Core and on classic
	// distributions.
	ImplicitOnCore    bool
	ImplicitOnClassic bool

	// BaseDeclarationPlugs and BaseDeclarationSlots are the rule of the
	// interface in the base declaration, as YAML without the interface
	// name: the composer nests them under "plugs:" and "slots:".
	BaseDeclarationPlugs string
	BaseDeclarationSlots string

	// NotRendered names the security backends (see Backends) whose part
	// of the interface this library does not render: a udev rule that
	// tags the device for the app's device cgroup, a kernel module to
	// load, a mount to make, a D-Bus bus policy file to install. A
	// daemon that uses the interface does those itself. Sorted, read-only.
	NotRendered []string
}

// The security backends that interfaces may need beyond AppArmor and
// seccomp, which this library does not render (StaticInfo.NotRendered).
const (
	// BackendUDev tags devices so that the app's device cgroup admits them.
	BackendUDev = "udev"
	// BackendKMod loads kernel modules, or sets their options.
	BackendKMod = "kmod"
	// BackendMount makes mounts in the snap's mount namespace.
	BackendMount = "mount"
	// BackendDBus installs D-Bus bus policy files for a slot's service.
	BackendDBus = "dbus"
	// BackendSystemd writes systemd units (for example to export GPIO pins).
	BackendSystemd = "systemd"
	// BackendPolkit installs polkit policy files.
	BackendPolkit = "polkit"
	// BackendLdconfig adds library directories to the host's loader cache.
	BackendLdconfig = "ldconfig"
	// BackendConfigFiles writes host configuration files.
	BackendConfigFiles = "configfiles"
)

// Backends lists every backend name that StaticInfo.NotRendered may
// hold, sorted.
var Backends = []string{BackendConfigFiles, BackendDBus, BackendKMod, BackendLdconfig, BackendMount, BackendPolkit, BackendSystemd, BackendUDev}

// PlugSanitizer is implemented by interfaces that check (and may
// complete) a plug's attributes when its snap is added. A plug that
// fails is dropped, with the error kept as the reason.
type PlugSanitizer interface {
	BeforePreparePlug(plug *snap.PlugInfo) error
}

// SlotSanitizer is the slot counterpart of PlugSanitizer.
type SlotSanitizer interface {
	BeforePrepareSlot(slot *snap.SlotInfo) error
}

// SanitizeError is how a sanitizer refuses a plug or a slot: it names
// the snap, the plug or slot and the interface, so that the message
// says what is wrong wherever it is shown, and Err says why.
type SanitizeError struct {
	// Snap is the instance name of the snap.
	Snap string
	// Side is "plug" or "slot".
	Side      string
	Name      string
	Interface string
	Err       error
}

// Error returns "cannot sanitize plug SNAP:PLUG (interface "NAME"): WHY".
func (e *SanitizeError) Error() string {
	return fmt.Sprintf("cannot sanitize %s %s:%s (interface %q): %v", e.Side, e.Snap, e.Name, e.Interface, e.Err)
}

// Unwrap returns why the plug or slot was refused.
func (e *SanitizeError) Unwrap() error { return e.Err }

// PlugSanitizeError returns the error of a sanitizer refusing plug
// because of err.
func PlugSanitizeError(plug *snap.PlugInfo, err error) *SanitizeError {
	return &SanitizeError{Snap: snapName(plug.Snap), Side: "plug", Name: plug.Name, Interface: plug.Interface, Err: err}
}

// SlotSanitizeError returns the error of a sanitizer refusing slot
// because of err.
func SlotSanitizeError(slot *snap.SlotInfo, err error) *SanitizeError {
	return &SanitizeError{Snap: snapName(slot.Snap), Side: "slot", Name: slot.Name, Interface: slot.Interface, Err: err}
}

// snapName returns the instance name of info, "" for nil: a plug or
// slot made by hand may have no snap.
func snapName(info *snap.Info) string {
	if info == nil {
		return ""
	}
	return info.InstanceName()
}

// Specification is what a backend accumulates for one snap. The
// repository calls it once per relevant hook; the backend asks the
// interface, through its own definer interfaces, what to add.
type Specification interface {
	AddConnectedPlug(iface Interface, plug *ConnectedPlug, slot *ConnectedSlot) error
	AddConnectedSlot(iface Interface, plug *ConnectedPlug, slot *ConnectedSlot) error
	AddPermanentPlug(iface Interface, plug *snap.PlugInfo) error
	AddPermanentSlot(iface Interface, slot *snap.SlotInfo) error
}

// ValidateName checks that name is a valid interface name: lowercase
// letters, digits and single hyphens, starting with a letter. It is
// snap.ValidateInterfaceName, which snap.yaml's interface names meet.
func ValidateName(name string) error {
	return snap.ValidateInterfaceName(name)
}
