// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// timezone-control lets an app set the system's time zone: through
// systemd-timedated over D-Bus, as timedatectl does, or directly, by
// pointing /etc/localtime at a zone of /usr/share/zoneinfo and writing
// its name to /etc/timezone, as tools do on systems without timedated.
// Ubuntu Core keeps both in /etc/writable (the files in /etc link
// there). The clock itself, network time and the host's other settings
// are not its business. The slot is the system's; the plug installs
// anywhere and is connected by hand. The app joins the system bus with
// the shared rules (dbusSystemBusAppArmor).
//
// It adds no seccomp rule, where the reference does: the one system
// call about time zones, settimeofday(2) with only a zone, sets the
// kernel's zone offset, which asks sys_time, the capability that sets
// the clock. timedated updates the kernel's offset itself after
// SetTimezone, and nothing else an app does with a zone needs it.

const timezoneControlSummary = `allows setting the system time zone`

const timezoneControlConnectedPlugAppArmor = `
# Description: set the system's time zone, through systemd-timedated or
# directly.

# Through the time service: set the zone and list the zones it knows;
# read the service's state and follow its changes.
dbus (send)
    bus=system
    path=/org/freedesktop/timedate1
    interface=org.freedesktop.timedate1
    member={SetTimezone,ListTimezones}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/timedate1
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/org/freedesktop/timedate1
    interface=org.freedesktop.DBus.Properties
    member=PropertiesChanged
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor + `
# Directly: replace the /etc/localtime link (the zone file it points at
# stays read-only) and write the zone's name to /etc/timezone, in /etc
# or where Ubuntu Core keeps them.
/etc/localtime w,
/etc/timezone rw,
/etc/writable/localtime w,
/etc/writable/timezone rw,

# The tool that does it, from the base snap.
/{,usr/}bin/timedatectl ixr,
`

func init() {
	registerIface(&commonInterface{
		name:                  "timezone-control",
		summary:               timezoneControlSummary,
		docURL:                "https://snapcraft.io/docs/timezone-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: timezoneControlConnectedPlugAppArmor,
	})
}
