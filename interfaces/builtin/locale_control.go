// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// locale-control lets an app set the system's language and regional
// settings (LANG and the LC_* variables every session and service
// starts with): through systemd-localed over D-Bus, as localectl
// set-locale does, or directly in the file that holds them,
// /etc/default/locale on Debian and Ubuntu, /etc/locale.conf on systemd's
// other distributions. Keyboard layouts, which localed also keeps, are
// not its business. The system offers the slot on classic distributions
// only (Ubuntu Core sets its locale through the system's own
// configuration); the plug installs anywhere and is connected by hand.
// The app joins the system bus with the shared rules
// (dbusSystemBusAppArmor).

const localeControlSummary = `allows setting the system locale`

const localeControlConnectedPlugAppArmor = `
# Description: set the system's language and regional settings,
# through systemd-localed or directly.

# Through the locale service: set the locale; read the service's state
# and follow its changes.
dbus (send)
    bus=system
    path=/org/freedesktop/locale1
    interface=org.freedesktop.locale1
    member=SetLocale
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/locale1
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/org/freedesktop/locale1
    interface=org.freedesktop.DBus.Properties
    member=PropertiesChanged
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor + `
# Directly: the file that holds the system's locale.
/etc/default/locale rw,
/etc/locale.conf rw,

# The tool that does it, from the base snap.
/{,usr/}bin/localectl ixr,
`

func init() {
	registerIface(&commonInterface{
		name:                  "locale-control",
		summary:               localeControlSummary,
		docURL:                "https://snapcraft.io/docs/locale-control-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: localeControlConnectedPlugAppArmor,
	})
}
