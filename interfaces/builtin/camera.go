// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// camera lets an app capture video from the cameras the host sees:
// V4L2 devices such as USB webcams, and the media-controller devices
// libcamera drives for the sensors of laptops and boards. Seeing through
// the user's camera is sensitive, so the plug does not auto-connect. The
// slot is the system's, on classic and on Ubuntu Core.
//
// Not rendered here: udev. The app's device cgroup admits the
// video4linux nodes only once udev rules tag them for the app's security
// tag; a daemon using this library writes those rules itself.

const cameraSummary = `allows capturing video from the cameras`

const cameraConnectedPlugAppArmor = `
# Description: capture video from the cameras.

# Capture through V4L2: the video nodes, and the stable names udev gives
# them.
/dev/video[0-9]* rw,
/dev/v4l/ r,
/dev/v4l/** r,

# Configure camera pipelines through the media controller and its
# sub-devices, as libcamera does for sensors behind an image processor.
/dev/media[0-9]* rw,
/dev/v4l-subdev[0-9]* rw,

# Find the cameras: their sysfs nodes and udev records (V4L2 is character
# major 81), and the USB identity of webcams.
/sys/class/video4linux/ r,
/sys/devices/**/video4linux/ r,
/sys/devices/**/video4linux/** r,
/sys/bus/media/devices/ r,
/sys/devices/**/media[0-9]*/** r,
/sys/devices/**/usb[0-9]*/**/{idVendor,idProduct,manufacturer,product,serial,bcdDevice,speed} r,
/run/udev/data/c81:[0-9]* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "camera",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               cameraSummary,
		docURL:                "https://snapcraft.io/docs/camera-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: cameraConnectedPlugAppArmor,
	})
}
