// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// display-control lets an app set the displays' backlight and panel
// power: read and set the brightness, and turn the backlight or an LCD
// panel on and off, through the kernel's backlight and LCD classes in
// sysfs, as brightness daemons and kiosk shells do. The slot is the
// system's; the plug installs anywhere and is connected by hand.
//
// Display modes, resolution and outputs are the display server's (its
// own interfaces); this is the panel and its backlight only.

const displayControlSummary = `allows configuring display parameters`

const displayControlConnectedPlugAppArmor = `
# Description: set the displays' backlight brightness, and power the
# backlight and the LCD panel on and off.

# Backlight class devices: read the range and the actual brightness,
# set the brightness and the backlight's power state. A backlight sits
# in a backlight directory of its parent device (a platform or PCI
# device), or, when a graphics driver registers it for a panel, in the
# directory of the panel's DRM connector itself.
@{sys}/class/backlight/ r,
@{sys}/devices/**/backlight/*/ r,
@{sys}/devices/**/backlight/*/{actual_brightness,max_brightness,scale,type,uevent} r,
@{sys}/devices/**/backlight/*/{bl_power,brightness} rw,
@{sys}/devices/**/drm/card[0-9]*/card[0-9]*-*/*/ r,
@{sys}/devices/**/drm/card[0-9]*/card[0-9]*-*/*/{actual_brightness,max_brightness,scale,type} r,
@{sys}/devices/**/drm/card[0-9]*/card[0-9]*-*/*/{bl_power,brightness} rw,

# LCD class devices, panels with a power and contrast control of their
# own.
@{sys}/class/lcd/ r,
@{sys}/devices/**/lcd/*/ r,
@{sys}/devices/**/lcd/*/{max_contrast,uevent} r,
@{sys}/devices/**/lcd/*/{contrast,lcd_power} rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "display-control",
		summary:               displayControlSummary,
		docURL:                "https://snapcraft.io/docs/display-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: displayControlConnectedPlugAppArmor,
	})
}
