// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// dvb lets an app receive digital television with the kernel's DVB
// devices (Linux DVB API): tune a frontend, set up the demultiplexer's
// filters and read the transport stream from the DVR device, as TV
// servers (tvheadend, VDR, mythtv) and scanners (w_scan, dvbv5-scan) do.
// The slot is the system's; the plug installs anywhere and is connected
// by hand.
//
// Not rendered here: udev. The app's device cgroup admits the DVB nodes
// only once a udev rule tags them (subsystem dvb) for the app's security
// tag; a daemon using this library writes that rule itself.

const dvbSummary = `allows access to all DVB (Digital Video Broadcasting) devices and APIs`

const dvbConnectedPlugAppArmor = `
# Description: receive digital television through the kernel's DVB
# devices.

# Each adapter is a directory of nodes: frontend (tuning), demux
# (filters), dvr (the transport stream), net, ca (conditional access)
# and the old decoder nodes. All are opened read-write and driven with
# ioctls; the directories are listed to find them.
/dev/dvb/ r,
/dev/dvb/adapter[0-9]*/ r,
/dev/dvb/adapter[0-9]*/{frontend,demux,dvr,net,ca,sec,audio,video,osd}[0-9]* rw,

# Find the adapters and read their attributes in sysfs; DVB nodes are
# character major 212 in the udev database.
@{sys}/class/dvb/ r,
@{sys}/devices/**/dvb/dvb[0-9]*.*/ r,
@{sys}/devices/**/dvb/dvb[0-9]*.*/** r,
@{run}/udev/data/c212:[0-9]* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "dvb",
		summary:               dvbSummary,
		docURL:                "https://snapcraft.io/docs/dvb-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: dvbConnectedPlugAppArmor,
	})
}
