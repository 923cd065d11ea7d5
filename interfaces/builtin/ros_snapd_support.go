// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// ros-snapd-support lets the ROS integration snaps (ros-snapd and
// ros2-snapd) list the snaps' services and start, stop and restart
// them, and follow the changes that does, through snapd's API. What it
// allows, snapd decides: once snapd sees the connection, it answers the
// app's requests to /v2/apps (reading the list, and the start, stop and
// restart actions, which snapd also wants an authorised user for) and
// to /v2/changes/ID on the socket it keeps for snaps,
// /run/snapd-snap.socket, which every snap reaches through the base
// policy, as snapctl needs it. It therefore adds no policy text at all;
// in particular not snapd's full API socket, /run/snapd.socket, which
// is snapd-control's grant: there snapd would answer every request of a
// privileged user without looking at the app's connections.
//
// Starting and stopping another snap's services reaches across snaps,
// so the plug needs a snap declaration to install and is connected by
// hand; the slot is the system's.

const rosSnapdSupportSummary = `allows controlling the snaps' services through snapd's API, for ROS`

func init() {
	registerIface(&commonInterface{
		name:                 "ros-snapd-support",
		summary:              rosSnapdSupportSummary,
		docURL:               "https://snapcraft.io/docs/ros-snapd-support-interface",
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	})
}
