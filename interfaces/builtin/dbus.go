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

// dbus lets a snap offer a D-Bus service under a well-known name, and
// other snaps talk to it. Both sides name the service with the "bus"
// (session or system) and "name" attributes: the slot, on the app snap
// that runs the service, owns the name; a plug may only be connected
// to a slot of the same bus and name, and then talks to it. It never
// auto-connects; a manual connection is allowed.
//
// Both sides join their bus with the shared rules (dbusSystemBusAppArmor
// or dbusSessionBusAppArmor): the socket, and the bus daemon's calls a
// client or a service makes.
//
// On the system bus, the bus daemon's own policy must also let the
// service own its name; the reference system writes that policy file,
// snapiface has no backend for it.
//
// The name is checked against the D-Bus specification's grammar of
// well-known names, at most 255 bytes, as the reference checks it; the
// bus daemon's own name is refused besides, since no snap may own it.
//
// Not rendered here: dbus. A slot on the system bus owns its well-known
// name only if a bus policy file lets it; a daemon using this library
// installs that file itself (the session bus needs none).

const dbusSummary = `allows owning a D-Bus name, or talking to the snap that owns it`

const dbusBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - app
allow-connection:
  plug-attributes:
    bus: $SLOT(bus)
    name: $SLOT(name)
deny-auto-connection: true
`

const dbusConnectedPlugAppArmor = `
# Description: talk to the D-Bus service that owns %[2]s on the %[1]s
# bus: call it by that name, on any object and interface it offers.
dbus (send) bus=%[1]s peer=(name=%[2]s, label=%[3]s),

# Its signals; its replies come back unasked for.
dbus (receive) bus=%[1]s peer=(label=%[3]s),
`

const dbusPermanentSlotAppArmor = `
# Description: own %[2]s on the %[1]s bus and serve it.

%[3]s
# Calls from the host's own programs, which run unconfined (a desktop
# shell activating the app, a system tool calling the service).
dbus (receive) bus=%[1]s peer=(label=unconfined),
`

const dbusConnectedSlotAppArmor = `
# Description: serve a client of %[2]s on the %[1]s bus: take its calls
# and send it signals.
dbus (receive) bus=%[1]s peer=(label=%[3]s),
dbus (send) bus=%[1]s peer=(label=%[3]s),
`

// dbusPermanentSlotSecComp lets the service serve connections of its
// own besides the bus's.
const dbusPermanentSlotSecComp = `
# Description: own a name on the bus and serve it.

# A D-Bus service may also serve peer-to-peer connections on a socket of
# its own (GDBusServer, sd-bus's server mode), as accessibility and
# session services do: listen and accept there.
listen
accept
accept4
`

// dbusInterface checks the bus and name of both sides and renders the
// rules for them.
type dbusInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*dbusInterface)(nil)
	_ interfaces.AttributeDescriber = (*dbusInterface)(nil)
	_ interfaces.PlugSanitizer      = (*dbusInterface)(nil)
	_ interfaces.SlotSanitizer      = (*dbusInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*dbusInterface)(nil)
	_ apparmor.ConnectedSlotDefiner = (*dbusInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*dbusInterface)(nil)
	_ seccomp.PermanentSlotDefiner  = (*dbusInterface)(nil)
)

// dbusService reads the required "bus" and "name" attributes.
func dbusService(attrs map[string]interface{}) (bus, name string, err error) {
	if bus, err = dbusBusAttr(attrs); err != nil {
		return "", "", err
	}
	name, ok, err := stringAttr(attrs, "name")
	if err != nil {
		return "", "", err
	}
	if !ok {
		return "", "", fmt.Errorf(`"name" is required: the well-known name of the service`)
	}
	if err := validateDBusName(name); err != nil {
		return "", "", fmt.Errorf(`"name": %w`, err)
	}
	if name == "org.freedesktop.DBus" {
		return "", "", fmt.Errorf("%q is the bus daemon's own name", name)
	}
	return bus, name, nil
}

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *dbusInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, _, err := dbusService(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *dbusInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, _, err := dbusService(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	return nil
}

// AutoConnect implements interfaces.Interface: only a plug and a slot
// of the same service belong together.
func (iface *dbusInterface) AutoConnect(plug *snap.PlugInfo, slot *snap.SlotInfo) bool {
	plugBus, plugName, err1 := dbusService(plug.Attrs)
	slotBus, slotName, err2 := dbusService(slot.Attrs)
	return err1 == nil && err2 == nil && plugBus == slotBus && plugName == slotName
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *dbusInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	bus, name, err := dbusService(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	spec.AddSnippet(fmt.Sprintf(dbusConnectedPlugAppArmor, bus, name, slotLabel(slot)) + dbusBusAppArmor(bus))
	return nil
}

// AppArmorConnectedSlot implements apparmor.ConnectedSlotDefiner.
func (iface *dbusInterface) AppArmorConnectedSlot(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	bus, name, err := dbusService(slot.StaticAttrs())
	if err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	spec.AddSnippet(fmt.Sprintf(dbusConnectedSlotAppArmor, bus, name, plugLabel(plug)))
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner.
func (iface *dbusInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	bus, name, err := dbusService(slot.Attrs)
	if err != nil {
		return slotAttrError(slot, err)
	}
	spec.AddSnippet(fmt.Sprintf(dbusPermanentSlotAppArmor, bus, name, dbusOwnNameRules(bus, name)) + dbusBusAppArmor(bus))
	return nil
}

// dbusAttributes describes both sides' attributes (dbusService).
var dbusAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "bus", Type: interfaces.AttrTypeString, Required: true,
		Description: "The bus of the service the plug talks to: session or system.",
	}, {
		Side: "plug", Name: "name", Type: interfaces.AttrTypeString, Required: true,
		Description: fmt.Sprintf("The well-known name of the service: two or more dot-separated elements of letters, digits, \"_\" and \"-\", none starting with a digit, at most %d bytes, and not org.freedesktop.DBus. A plug connects only to a slot of the same bus and name.", AttrNameMax),
	}, {
		Side: "slot", Name: "bus", Type: interfaces.AttrTypeString, Required: true,
		Description: "The bus the service runs on: session or system.",
	}, {
		Side: "slot", Name: "name", Type: interfaces.AttrTypeString, Required: true,
		Description: "The well-known name the slot's snap owns, written as the plug's.",
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "a session service and its client",
		Plug:  map[string]interface{}{"bus": "session", "name": "org.example.Editor"},
		Slot:  map[string]interface{}{"bus": "session", "name": "org.example.Editor"},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *dbusInterface) Attributes() interfaces.AttributeDoc { return dbusAttributes }

func init() {
	registerIface(&dbusInterface{commonInterface{
		name:                 "dbus",
		notRendered:          []string{interfaces.BackendDBus},
		summary:              dbusSummary,
		baseDeclarationSlots: dbusBaseDeclarationSlots,
		permanentSlotSecComp: dbusPermanentSlotSecComp,
	}})
}
