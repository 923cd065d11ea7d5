// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// The base-declaration fragments that several interfaces share, one
// const for each rule of the reference behaviour they encode. An
// interface whose rule is its own keeps it in its own file. "core" in a
// slot-snap-type list is the system snap (type snapd, or os of old).

// systemSlot: only the system carries the slot, and plugs auto-connect
// to it. The reference behaviour of the basic interfaces every app may
// use (network, opengl, desktop, ...): allowed to install, connect and
// auto-connect; an app snap cannot offer the slot.
const systemSlot = `
allow-installation:
  slot-snap-type:
    - core
`

// systemSlotNoAutoConnect: only the system carries the slot, and plugs
// are connected to it by hand. The reference behaviour of the system
// interfaces that grant more than an app gets without its user's say
// (observe and control of the host, devices, hardware): the plug
// installs anywhere, connects manually, never auto-connects.
const systemSlotNoAutoConnect = `
allow-installation:
  slot-snap-type:
    - core
deny-auto-connection: true
`

// gadgetDeviceSlot: the system or a gadget carries a slot naming one
// device (a pin, a bus, a port), and plugs are connected to it by hand:
// which app drives which device is the device owner's choice. The
// reference behaviour of gpio, i2c, spi, pwm and serial-port.
const gadgetDeviceSlot = `
allow-installation:
  slot-snap-type:
    - core
    - gadget
deny-auto-connection: true
`

// appOrSystemServiceSlotInstallation is the start of the slot rule of a
// service that the host runs on classic or an app snap runs anywhere (a
// display or sound server, a system D-Bus service): the system or an
// app may carry the slot, and connecting to it off classic needs a snap
// declaration, so that a snap cannot pose as the service there. Each
// such rule adds what it says of auto-connection.
const appOrSystemServiceSlotInstallation = `
allow-installation:
  slot-snap-type:
    - app
    - core
deny-connection:
  on-classic: false
`

// appOrSystemServiceSlot: a service slot (see above) that the system's
// slot on classic auto-connects to; an app's slot needs a snap
// declaration to auto-connect anywhere, so that a snap cannot pose as
// the service and a second candidate does not make the system's slot
// ambiguous. The reference behaviour of x11, wayland, audio-playback
// and screen-inhibit-control.
const appOrSystemServiceSlot = appOrSystemServiceSlotInstallation + `deny-auto-connection:
  - on-classic: false
  - slot-snap-type:
      - app
`

// appOrSystemServiceSlotNoAutoConnect: a service slot (see above) that
// nothing auto-connects to. The reference behaviour of the services that
// control something (network-manager, bluez, udisks2, cups-control,
// audio-record, pulseaudio, avahi-*).
const appOrSystemServiceSlotNoAutoConnect = appOrSystemServiceSlotInstallation + `deny-auto-connection: true
`

// appServiceSlotNeedsDeclaration: only an app snap carries the slot,
// and both connecting and auto-connecting to it need a snap
// declaration: the service is trusted with what its clients send (print
// jobs, a whole display), so the store vets who may offer it. The
// reference behaviour of cups and mir.
const appServiceSlotNeedsDeclaration = `
allow-installation:
  slot-snap-type:
    - app
deny-connection: true
deny-auto-connection: true
`

// superPrivilegedPlug: carrying the plug needs a snap declaration of
// its own, because the interface hands over much of the host. Being the
// plug rule, it is also the rule that decides connections, so it says
// again that the plug never auto-connects; a manual connection stays
// allowed. The reference behaviour of the super-privileged interfaces
// (docker-support, kernel-module-control, snapd-control, ...).
const superPrivilegedPlug = `
allow-installation: false
deny-auto-connection: true
`

// snapOwnedSlot: the slot belongs to one publisher's snap. No snap may
// carry it, nor have it connected, without a snap declaration saying
// so, and it never auto-connects. The reference behaviour of lxd,
// microceph and microovn.
const snapOwnedSlot = `
allow-installation: false
deny-connection: true
deny-auto-connection: true
`

// driverLibsSlot: no snap may carry the slot without a snap declaration
// saying so, and nothing auto-connects to it; a manual connection is
// allowed. The reference behaviour of the driver-libs interfaces, whose
// slot hands a driver's libraries to the system and to other snaps:
// the store vets who may offer them.
const driverLibsSlot = `
allow-installation: false
deny-auto-connection: true
`

// systemDriverLibsPlug: only the system carries the plug, and one plug
// takes any number of slots (one a driver); connections are made by
// hand. The reference behaviour of egl-, gbm- and vulkan-driver-libs,
// whose configuration files only the host's loaders read.
const systemDriverLibsPlug = `
allow-installation:
  plug-snap-type:
    - core
allow-connection:
  slots-per-plug: "*"
deny-auto-connection: true
`

// driverLibsPlug: on classic only the system carries the plug (the
// host's loader cache serves every snap); on Ubuntu Core, where there
// is no such host, any snap may carry it and use the driver's
// libraries itself. One plug takes any number of slots; connections
// are made by hand. The reference behaviour of cuda-, nvidia-video-,
// opengl- and opengles-driver-libs.
const driverLibsPlug = `
allow-installation:
  - on-classic: true
    plug-snap-type:
      - core
  - on-classic: false
allow-connection:
  slots-per-plug: "*"
deny-auto-connection: true
`
