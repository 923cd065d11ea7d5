// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// hostname-control lets an app name the host: through
// systemd-hostnamed over D-Bus, as hostnamectl does, which sets the
// kernel's (transient) host name, the static one in /etc/hostname, and
// the pretty name, icon, chassis, deployment and location it keeps; or
// directly, as hostname(1) and first-boot tools do, with sethostname(2)
// and /etc/hostname. The kernel asks sys_admin of sethostname(2); the
// seccomp filter keeps that capability from the calls it would
// otherwise open (mount, swapon, ...), which no rule here allows. The
// machine's identifiers (product UUID, hardware serial), the time
// service and the locale service are not its business. The slot is the
// system's; the plug installs anywhere and is connected by hand. The
// app joins the system bus with the shared rules
// (dbusSystemBusAppArmor).

const hostnameControlSummary = `allows setting the host name and the names systemd-hostnamed keeps`

const hostnameControlConnectedPlugAppArmor = `
# Description: set the host's names, through systemd-hostnamed or
# directly.

# Through the host name service: set the transient, static and pretty
# names and the descriptive settings it keeps.
dbus (send)
    bus=system
    path=/org/freedesktop/hostname1
    interface=org.freedesktop.hostname1
    member={SetHostname,SetStaticHostname,SetPrettyHostname,SetIconName,SetChassis,SetDeployment,SetLocation}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Read the service's settings (Describe returns them at once) and
# follow their changes.
dbus (send)
    bus=system
    path=/org/freedesktop/hostname1
    interface=org.freedesktop.hostname1
    member=Describe
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/hostname1
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/org/freedesktop/hostname1
    interface=org.freedesktop.DBus.Properties
    member=PropertiesChanged
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor + `
# Directly: the kernel's host name (sethostname(2) asks sys_admin), and
# the static name in /etc/hostname, which Ubuntu Core keeps in
# /etc/writable (/etc/hostname links there).
capability sys_admin,
/etc/hostname rw,
/etc/writable/hostname rw,

# The tools that do it, from the base snap.
/{,usr/}bin/hostname ixr,
/{,usr/}bin/hostnamectl ixr,
`

const hostnameControlConnectedPlugSecComp = `
# Description: set the kernel's host name.

# The transient host name, as hostname(1) sets it.
sethostname
`

func init() {
	registerIface(&commonInterface{
		name:                  "hostname-control",
		summary:               hostnameControlSummary,
		docURL:                "https://snapcraft.io/docs/hostname-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: hostnameControlConnectedPlugAppArmor,
		connectedPlugSecComp:  hostnameControlConnectedPlugSecComp,
	})
}
