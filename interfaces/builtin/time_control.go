// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// time-control lets an app set the system clock and the hardware (RTC)
// clock, choose whether the hardware clock keeps local time, and turn
// network time synchronisation on or off: through systemd-timedated over
// D-Bus, as timedatectl does, or directly, as date, hwclock and NTP
// clients do. Time zones are not its business. The slot is the
// system's; the plug installs anywhere and is connected by hand. The
// app joins the system bus with the shared rules (dbusSystemBusAppArmor).

const timeControlSummary = `allows setting the system and hardware clocks and network time synchronisation`

const timeControlConnectedPlugAppArmor = `
# Description: set the system and hardware clocks and turn network time
# synchronisation on or off.

# Through the time service: set the time, choose whether the hardware
# clock keeps local time, switch network synchronisation, and read the
# service's state and follow its changes.
dbus (send)
    bus=system
    path=/org/freedesktop/timedate1
    interface=org.freedesktop.timedate1
    member={SetLocalRTC,SetNTP,SetTime}
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
# Directly: set the system clock, or steer it gradually as NTP clients do.
capability sys_time,

# The hardware clock: its device, its description in sysfs, and the
# drift record hwclock keeps.
/dev/rtc[0-9]* rw,
/sys/class/rtc/ r,
/sys/devices/**/rtc/rtc[0-9]*/ r,
/sys/devices/**/rtc/rtc[0-9]*/* r,
/etc/adjtime rw,
`

const timeControlConnectedPlugSecComp = `
# Description: set the system clock, or steer it gradually.

# Set the clock (the 64-bit time calls are those of 32-bit systems).
settimeofday
clock_settime
clock_settime64

# Steer the clock's frequency and offset, as NTP clients do.
adjtimex
clock_adjtime
clock_adjtime64
`

func init() {
	registerIface(&commonInterface{
		name:                  "time-control",
		summary:               timeControlSummary,
		docURL:                "https://snapcraft.io/docs/time-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: timeControlConnectedPlugAppArmor,
		connectedPlugSecComp:  timeControlConnectedPlugSecComp,
	})
}
