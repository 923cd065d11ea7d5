// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// network-setup-control lets an app configure the host's network as
// Netplan holds it: write the YAML files of /etc/netplan, and have the
// netplan-dbus service generate and apply them, or try them with an
// automatic roll-back, through configuration objects (Config, then Get,
// Set, Try, Cancel and Apply on the object). What netplan generates for
// the network back ends (systemd-networkd, NetworkManager) and applying
// it is the service's work, not the app's. It reads what
// network-setup-observe reads. The configuration is the whole network
// and holds its secrets, so the plug is connected by hand; the slot is
// the system's. The app joins the system bus with the shared rules
// (dbusSystemBusAppArmor).

const networkSetupControlSummary = `allows writing and applying the host's Netplan network configuration`

const networkSetupControlConnectedPlugAppArmor = `
# Description: write and apply the host's Netplan configuration.

# Netplan's YAML files: read them all, and write the administrator's
# configuration in /etc/netplan (vendor and runtime files are read-only).
` + netplanConfigPaths + `/etc/netplan/** rw,

# Through netplan-dbus: its features, generating and applying the
# configuration on disk, and configuration objects to read, change, try
# with roll-back, cancel and apply.
` + netplanObserveAppArmor + `dbus (send)
    bus=system
    path=/io/netplan/Netplan
    interface=io.netplan.Netplan
    member={Apply,Generate}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/io/netplan/Netplan/config/*
    interface=io.netplan.Netplan.Config
    member={Set,Try,Cancel,Apply}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "network-setup-control",
		summary:               networkSetupControlSummary,
		docURL:                "https://snapcraft.io/docs/network-setup-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: networkSetupControlConnectedPlugAppArmor,
	})
}
