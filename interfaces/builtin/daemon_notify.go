// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// daemon-notify lets a service tell the service manager about itself
// with sd_notify(3): that it finished starting (READY=1), is reloading
// or stopping, its status line, its main process, watchdog keep-alives,
// and file descriptors to keep across restarts (FDSTORE=1). The manager
// names its socket in $NOTIFY_SOCKET: systemd's is the socket file
// /run/systemd/notify; systemd releases before that listened on the
// abstract socket @/org/freedesktop/systemd1/notify, which the rule
// names with the manager's label, so that no other abstract socket of
// the host is reached. A datagram is all the protocol sends. The slot is
// the system's; the plug installs anywhere and is connected by hand.

const daemonNotifySummary = `allows sending daemon status changes to the service manager`

const daemonNotifyConnectedPlugAppArmor = `
# Description: send status notifications to the service manager.

# Send datagrams to the manager's notification socket: the socket file,
# where sending is a write, or the abstract socket of older managers.
@{run}/systemd/notify w,
unix (connect, send) type=dgram peer=(label=unconfined, addr="@/org/freedesktop/systemd1/notify"),
`

func init() {
	registerIface(&commonInterface{
		name:                  "daemon-notify",
		summary:               daemonNotifySummary,
		docURL:                "https://snapcraft.io/docs/daemon-notify-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: daemonNotifyConnectedPlugAppArmor,
	})
}
