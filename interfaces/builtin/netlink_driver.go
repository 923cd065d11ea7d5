// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// netlink-driver lets an app talk to a kernel driver that exposes
// itself to user space through a netlink protocol of its own, as
// out-of-tree drivers of boards and appliances do. The slot is the
// gadget's (or the system's) and names the driver's protocol: "family",
// its number (the third argument of socket(AF_NETLINK, ...)), and
// "family-name", a name for it. A plug names the "family-name" it
// wants; connected to a slot of that name, it may open sockets of that
// protocol and no other. Slots exist only where a device maker
// declares them, so there is no implicit slot; any snap may plug, and
// connections are made by hand.
//
// The family is checked strictly: a number from 0 to 31 (the kernel has
// 32 netlink protocols) that the kernel does not give to a protocol of
// its own (route, audit, uevents, generic netlink, ...: those come with
// their interfaces, network-control, netlink-audit, hardware-observe
// and the rest), so 1, 17 and 23 to 31. A gadget's slot can thus hand a
// plug a driver's protocol and nothing wider. The family name is a
// tag: one word, at most 255 bytes.
//
// AppArmor cannot tell netlink protocols apart: the plug's rule allows
// netlink sockets, and the seccomp rule narrows them to the slot's
// family. A connection whose plug and slot name different families is
// refused when its policy is rendered, and never auto-connects.

const netlinkDriverSummary = `allows operating a kernel driver through its own netlink protocol`

const netlinkDriverConnectedPlugAppArmor = `
# Description: talk to the kernel driver of netlink family %[1]d (%[2]s).

# Netlink sockets: AppArmor cannot name the protocol, seccomp narrows
# them to the driver's.
network netlink raw,
network netlink dgram,
`

const netlinkDriverConnectedPlugSecComp = `
# Description: talk to the kernel driver of netlink family %[1]d (%[2]s).

# Sockets of the driver's netlink protocol only, bound (as the base
# allows) to the driver's address or its multicast groups.
socket AF_NETLINK - %[1]d
`

// netlinkMaxFamilies is MAX_LINKS, the number of netlink protocols.
const netlinkMaxFamilies = 32

// netlinkKernelFamilies are the netlink protocols the kernel's UAPI
// headers assign (linux/netlink.h), the removed ones included: their
// numbers stay reserved.
var netlinkKernelFamilies = map[int64]string{
	0: "NETLINK_ROUTE", 2: "NETLINK_USERSOCK", 3: "NETLINK_FIREWALL", 4: "NETLINK_SOCK_DIAG",
	5: "NETLINK_NFLOG", 6: "NETLINK_XFRM", 7: "NETLINK_SELINUX", 8: "NETLINK_ISCSI",
	9: "NETLINK_AUDIT", 10: "NETLINK_FIB_LOOKUP", 11: "NETLINK_CONNECTOR", 12: "NETLINK_NETFILTER",
	13: "NETLINK_IP6_FW", 14: "NETLINK_DNRTMSG", 15: "NETLINK_KOBJECT_UEVENT", 16: "NETLINK_GENERIC",
	18: "NETLINK_SCSITRANSPORT", 19: "NETLINK_ECRYPTFS", 20: "NETLINK_RDMA", 21: "NETLINK_CRYPTO",
	22: "NETLINK_SMC",
}

// netlinkFamilyName reads the required "family-name" tag.
func netlinkFamilyName(attrs map[string]interface{}) (string, error) {
	name, ok, err := stringAttr(attrs, "family-name")
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf(`"family-name" must name the driver's netlink family`)
	}
	if err := validateTag(`"family-name"`, name); err != nil {
		return "", err
	}
	return name, nil
}

// netlinkDriverSlot is a slot's family.
type netlinkDriverSlot struct {
	family int64
	name   string
}

// netlinkDriverSlotAttrs checks a slot's attributes.
func netlinkDriverSlotAttrs(attrs map[string]interface{}) (*netlinkDriverSlot, error) {
	family, ok, err := intAttr(attrs, "family")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf(`"family" must be set to the driver's netlink protocol number`)
	}
	if family < 0 || family >= netlinkMaxFamilies {
		return nil, fmt.Errorf(`"family" must be between 0 and %d, not %d`, netlinkMaxFamilies-1, family)
	}
	if kernel, ok := netlinkKernelFamilies[family]; ok {
		return nil, fmt.Errorf(`"family" %d is the kernel's %s, not a driver's: its interface grants it`, family, kernel)
	}
	name, err := netlinkFamilyName(attrs)
	if err != nil {
		return nil, err
	}
	return &netlinkDriverSlot{family: family, name: name}, nil
}

// netlinkDriverPlugAttrs checks a plug's attributes and returns its
// family name.
func netlinkDriverPlugAttrs(attrs map[string]interface{}) (string, error) {
	if _, ok := attrs["family"]; ok {
		return "", fmt.Errorf(`"family" is a slot attribute`)
	}
	return netlinkFamilyName(attrs)
}

// netlinkDriverInterface checks both sides' attributes and renders the
// rules of the slot's family.
type netlinkDriverInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*netlinkDriverInterface)(nil)
	_ interfaces.AttributeDescriber = (*netlinkDriverInterface)(nil)
	_ interfaces.PlugSanitizer      = (*netlinkDriverInterface)(nil)
	_ interfaces.SlotSanitizer      = (*netlinkDriverInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*netlinkDriverInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*netlinkDriverInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *netlinkDriverInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := netlinkDriverPlugAttrs(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *netlinkDriverInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, err := netlinkDriverSlotAttrs(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	return nil
}

// AutoConnect implements interfaces.Interface: only a plug and a slot
// of the same family name go together.
func (iface *netlinkDriverInterface) AutoConnect(plug *snap.PlugInfo, slot *snap.SlotInfo) bool {
	name, err := netlinkDriverPlugAttrs(plug.Attrs)
	if err != nil {
		return false
	}
	s, err := netlinkDriverSlotAttrs(slot.Attrs)
	return err == nil && s.name == name
}

// family checks both sides of a connection, from their static
// attributes only, and returns the slot's family.
func (iface *netlinkDriverInterface) family(plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) (*netlinkDriverSlot, error) {
	name, err := netlinkDriverPlugAttrs(plug.StaticAttrs())
	if err != nil {
		return nil, plugAttrError(plug.PlugInfo(), err)
	}
	s, err := netlinkDriverSlotAttrs(slot.StaticAttrs())
	if err != nil {
		return nil, slotAttrError(slot.SlotInfo(), err)
	}
	if s.name != name {
		return nil, plugAttrError(plug.PlugInfo(), fmt.Errorf(`"family-name" %q is not the family %q of slot %s:%s`, name, s.name, slot.Snap().InstanceName(), slot.Name()))
	}
	return s, nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *netlinkDriverInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	s, err := iface.family(plug, slot)
	if err != nil {
		return err
	}
	spec.AddSnippet(fmt.Sprintf(netlinkDriverConnectedPlugAppArmor, s.family, s.name))
	return nil
}

// SecCompConnectedPlug implements seccomp.ConnectedPlugDefiner.
func (iface *netlinkDriverInterface) SecCompConnectedPlug(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	s, err := iface.family(plug, slot)
	if err != nil {
		return err
	}
	spec.AddSnippet(fmt.Sprintf(netlinkDriverConnectedPlugSecComp, s.family, s.name))
	return nil
}

// netlinkDriverAttributes describes both sides' attributes
// (netlinkDriverPlugAttrs, netlinkDriverSlotAttrs).
var netlinkDriverAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "family-name", Type: interfaces.AttrTypeString, Required: true,
		Description: "The name of the driver's netlink family the plug wants; it connects to a slot of that name. " + attrDocTag,
	}, {
		Side: "slot", Name: "family", Type: interfaces.AttrTypeInt, Required: true,
		Description: "The driver's netlink protocol number, the third argument of socket(AF_NETLINK, ...): from 0 to 31 and not one the kernel gives to a protocol of its own, so 1, 17, or 23 to 31.",
	}, {
		Side: "slot", Name: "family-name", Type: interfaces.AttrTypeString, Required: true,
		Description: "A name for the family, which plugs repeat. " + attrDocTag,
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "a driver's protocol and its client",
		Plug:  map[string]interface{}{"family-name": "foo"},
		Slot:  map[string]interface{}{"family": int64(23), "family-name": "foo"},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *netlinkDriverInterface) Attributes() interfaces.AttributeDoc {
	return netlinkDriverAttributes
}

func init() {
	registerIface(&netlinkDriverInterface{commonInterface{
		name:                 "netlink-driver",
		summary:              netlinkDriverSummary,
		implicitOn:           notImplicit,
		baseDeclarationSlots: gadgetDeviceSlot,
	}})
}
