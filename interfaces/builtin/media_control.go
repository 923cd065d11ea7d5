// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// media-control lets an app configure the kernel's media pipelines
// through the Media Controller API: the media device nodes
// (/dev/mediaN), through which a program lists a pipeline's entities,
// pads and links, enables and disables links and allocates requests
// (MEDIA_IOC_*), and the V4L2 sub-device nodes (/dev/v4l-subdevN),
// through which it sets the formats, crops and controls of each
// entity: a sensor, a CSI receiver, an image signal processor, a
// scaler. libcamera, GStreamer's and media-ctl's pipeline set-up, and
// the ISP tuning tools of boards work this way. Capturing the frames
// is the video nodes' business (camera).
//
// The slot is the system's, on classic and on Ubuntu Core. A
// connection is made by hand, never automatically: reconfiguring a
// pipeline changes it for every program that uses it.
//
// Not rendered here: udev. The app's device cgroup admits the media and
// sub-device nodes only once udev rules tag them (subsystem "media",
// and the "v4l-subdev*" nodes of video4linux) for the app's security
// tag; a daemon using this library writes them itself. The media
// devices' character major is allocated dynamically, so their udev
// database records are not granted by number: the properties a program
// enumerates them by (major, minor, node name) come from their sysfs
// uevent files, which are.

const mediaControlSummary = `allows configuring media pipelines through the Media Controller and V4L2 sub-devices`

const mediaControlConnectedPlugAppArmor = `
# Description: configure media pipelines through the Media Controller
# API and V4L2 sub-devices.

# The media controller nodes (topology, links, requests) and the
# sub-device nodes of the pipeline's entities (formats, crops,
# controls).
/dev/media[0-9]* rw,
/dev/v4l-subdev[0-9]* rw,

# Find the pipelines: the media bus and each media device's sysfs node
# with its uevent (major, minor, node name); the sub-devices' video4linux
# nodes and their udev records (V4L2 is character major 81).
/sys/bus/media/devices/ r,
/sys/devices/**/media[0-9]*/ r,
/sys/devices/**/media[0-9]*/** r,
/sys/class/video4linux/ r,
/sys/devices/**/video4linux/v4l-subdev[0-9]*/ r,
/sys/devices/**/video4linux/v4l-subdev[0-9]*/** r,
/run/udev/data/c81:[0-9]* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "media-control",
		summary:               mediaControlSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: mediaControlConnectedPlugAppArmor,
	})
}
