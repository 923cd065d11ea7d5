// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// timeserver-control lets an app choose where the system takes its
// time from: turn network time synchronisation on or off through
// systemd-timedated, give systemd-timesyncd servers to use until it
// restarts through its own D-Bus API, and write the servers it uses
// from then on into its configuration, /etc/systemd/timesyncd.conf and
// the drop-ins beside it (timesyncd reads them when timedated turns it
// back on). The clock itself is time-control's business, the time zone
// timezone-control's. The slot is the system's; the plug installs
// anywhere and is connected by hand. The app joins the system bus with
// the shared rules (dbusSystemBusAppArmor).
//
// It adds no seccomp rule, where the reference does: choosing servers
// is D-Bus calls and file writes, which the base policy's system calls
// do, and the calls that steer the clock are time-control's.

const timeserverControlSummary = `allows choosing the servers the system synchronises its time with`

const timeserverControlConnectedPlugAppArmor = `
# Description: choose the network time servers, through
# systemd-timedated and systemd-timesyncd or in timesyncd's
# configuration.

# Turn network time synchronisation on or off; read the time service's
# state and follow its changes.
dbus (send)
    bus=system
    path=/org/freedesktop/timedate1
    interface=org.freedesktop.timedate1
    member=SetNTP
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

# Give timesyncd servers to use until it restarts, and read which
# servers it knows and which one it synchronises with.
dbus (send)
    bus=system
    path=/org/freedesktop/timesync1
    interface=org.freedesktop.timesync1.Manager
    member=SetRuntimeNTPServers
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/timesync1
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/org/freedesktop/timesync1
    interface=org.freedesktop.DBus.Properties
    member=PropertiesChanged
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor + `
# timesyncd's configuration and its drop-ins, which name the servers.
/etc/systemd/timesyncd.conf rw,
/etc/systemd/timesyncd.conf.d/ rw,
/etc/systemd/timesyncd.conf.d/*.conf rw,

# The tool that does it, from the base snap.
/{,usr/}bin/timedatectl ixr,
`

func init() {
	registerIface(&commonInterface{
		name:                  "timeserver-control",
		summary:               timeserverControlSummary,
		docURL:                "https://snapcraft.io/docs/timeserver-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: timeserverControlConnectedPlugAppArmor,
	})
}
