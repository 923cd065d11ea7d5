// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// network-setup-observe lets an app read the host's network
// configuration as Netplan holds it: the YAML files of /etc/netplan, the
// vendor defaults in /usr/lib/netplan and the runtime ones in
// /run/netplan, directly or through the netplan-dbus service (Info, and
// Get on a configuration object that Config prepares). It changes
// nothing: writing, applying and trying configuration are
// network-setup-control's. The files hold Wi-Fi passphrases and VPN
// keys, so the plug is connected by hand; the slot is the system's. The
// app joins the system bus with the shared rules (dbusSystemBusAppArmor).

const networkSetupObserveSummary = `allows reading the host's Netplan network configuration`

// netplanConfigPaths are the directories Netplan reads YAML from, in
// the order it merges them.
const netplanConfigPaths = `/{usr/,}lib/netplan/ r,
/{usr/,}lib/netplan/** r,
/etc/netplan/ r,
/etc/netplan/** r,
@{run}/netplan/ r,
@{run}/netplan/** r,
`

// netplanObserveAppArmor lets an app ask netplan-dbus for the features
// it supports and for the merged configuration: Config copies the
// current state to a configuration object, whose Get returns it.
const netplanObserveAppArmor = `dbus (send)
    bus=system
    path=/io/netplan/Netplan
    interface=io.netplan.Netplan
    member={Info,Config}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/io/netplan/Netplan/config/*
    interface=io.netplan.Netplan.Config
    member=Get
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const networkSetupObserveConnectedPlugAppArmor = `
# Description: read the host's Netplan configuration.

# Netplan's YAML files, read-only: vendor defaults, the administrator's
# configuration, and runtime configuration.
` + netplanConfigPaths + `
# Through netplan-dbus: the features it supports, and the merged
# configuration of a configuration object it prepares.
` + netplanObserveAppArmor + dbusSystemBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "network-setup-observe",
		summary:               networkSetupObserveSummary,
		docURL:                "https://snapcraft.io/docs/network-setup-observe-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: networkSetupObserveConnectedPlugAppArmor,
	})
}
