// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// pipewire lets an app be a client of the PipeWire media server over
// its native protocol: the pipewire-0 socket in the user's runtime
// directory (or /run/pipewire for a system-wide server). A PipeWire
// client creates and links nodes in the server's graph and exchanges
// buffers with them (shared memory and DMA buffers it receives over the
// socket), for audio and for video alike: playing and recording sound,
// reading a camera PipeWire manages, or a screen-cast stream a
// compositor or portal made.
//
// How it differs from audio-playback and pulseaudio: those speak the
// PulseAudio protocol on pulse/native, which PipeWire also serves
// (pipewire-pulse) with PulseAudio's own rules about who may record;
// the native protocol reaches every stream of the graph the server lets
// a client see, video included, and the server's access control (its
// "access" module) is the only line. This interface does not grant the
// manager socket (pipewire-0-manager), through which session managers
// (WirePlumber) and portals run the graph with all rights, nor the
// PulseAudio socket.
//
// Clients raise their data threads' priority as PipeWire's real-time
// module does: through RTKit on the system bus (real-time or high
// priority for one of the app's own threads), or by themselves, within
// the limits the host sets, by thread id (setpriority on a thread, which
// the base filter leaves out).
//
// The slot is the host's server on classic, or an app snap that runs
// PipeWire (typically on Ubuntu Core): it gets policy to create both
// sockets and serve each connected client, named by its label; the
// devices it drives come with its own plugs (alsa, camera, bluez). A
// connection is made by hand, never automatically, and connecting to an
// app's server off classic needs a snap declaration, so that a snap
// cannot pose as the media server.

const pipewireSummary = `allows using the PipeWire media server over its native protocol`

const pipewireConnectedPlugAppArmor = `
# Description: be a client of the PipeWire media server over its native
# protocol; not its manager socket.

# Reach the server's socket, the user's in the runtime directory or a
# system-wide server's: the kernel asks the file rule, so no unix rule
# names the server's label.
owner /run/user/[0-9]*/pipewire-0 rw,
/run/pipewire/pipewire-0 rw,

# The client configuration: the server's defaults, the host's and the
# user's.
/usr/share/pipewire/ r,
/usr/share/pipewire/** r,
/etc/pipewire/ r,
/etc/pipewire/** r,
owner @{HOME}/.config/pipewire/ r,
owner @{HOME}/.config/pipewire/** r,

# Ask RTKit to make one of the app's threads real-time or raise its
# priority, and read RTKit's limits.
dbus (send)
    bus=system
    path=/org/freedesktop/RealtimeKit1
    interface=org.freedesktop.RealtimeKit1
    member={MakeThreadRealtime,MakeThreadHighPriority}
    peer=(name=org.freedesktop.RealtimeKit1, label=unconfined),
dbus (send)
    bus=system
    path=/org/freedesktop/RealtimeKit1
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(name=org.freedesktop.RealtimeKit1, label=unconfined),
` + dbusSystemBusAppArmor

const pipewireConnectedPlugSecComp = `
# Description: be a client of the PipeWire media server.

# Set a data thread's nice value by its thread id, as PipeWire's
# real-time module does without RTKit; raising one needs sys_nice.
setpriority PRIO_PROCESS
`

const pipewirePermanentSlotAppArmor = `
# Description: run the PipeWire media server.

# Create and serve the client and manager sockets and their locks, per
# user or system-wide.
owner /run/user/[0-9]*/ r,
owner /run/user/[0-9]*/pipewire-0{,-manager} rw,
owner /run/user/[0-9]*/pipewire-0{,-manager}.lock rwk,
/run/pipewire/ rw,
/run/pipewire/pipewire-0{,-manager} rw,
/run/pipewire/pipewire-0{,-manager}.lock rwk,

# The server's configuration: its defaults, the host's and the user's.
/usr/share/pipewire/ r,
/usr/share/pipewire/** r,
/etc/pipewire/ r,
/etc/pipewire/** r,
owner @{HOME}/.config/pipewire/ r,
owner @{HOME}/.config/pipewire/** r,

# Give the processing threads real-time priority, so that streams do
# not skip under load.
capability sys_nice,
`

const pipewirePermanentSlotSecComp = `
# Description: run the PipeWire media server.
` + serverSocketSecComp + `
# Set the processing threads' nice values by thread id.
setpriority PRIO_PROCESS
`

const pipewireConnectedSlotAppArmor = `
# Description: serve the connected PipeWire client.

# Accept the client's connection and exchange messages and buffers
# with it.
unix (accept, send, receive) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "pipewire",
		summary:               pipewireSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: pipewireConnectedPlugAppArmor,
		connectedPlugSecComp:  pipewireConnectedPlugSecComp,
		permanentSlotAppArmor: pipewirePermanentSlotAppArmor,
		permanentSlotSecComp:  pipewirePermanentSlotSecComp,
		connectedSlotAppArmor: pipewireConnectedSlotAppArmor,
	})
}
