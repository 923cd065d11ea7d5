// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// wayland lets an app be a client of a Wayland compositor: it connects to
// the compositor's socket in the user's runtime directory, shares its
// window buffers with it, and gets input for its own windows only.
// The socket is a file (wayland-N in XDG_RUNTIME_DIR), so the plug
// needs no unix rule: it reaches no abstract socket of the host. The
// plug names wayland-0 to wayland-99, where the reference's pattern
// also takes the compositor's lock beside the socket (wayland-N.lock),
// which a client has no business writing.
//
// The slot is the host's compositor on classic, or an app snap that is
// a compositor (a kiosk shell such as ubuntu-frame, typically on Ubuntu
// Core). A compositor snap gets permanent policy to drive the screens and
// input devices and to serve its socket, and connected policy to talk to
// each client, named by its label.
//
// Base declaration: as for x11, the system slot on classic auto-connects;
// connecting to an app's compositor on Ubuntu Core needs a snap
// declaration, and an app's compositor is auto-connected only where a
// snap declaration allows it (the reference auto-connects app slots on
// classic; its decisions for the system slot are the same as ours).

const waylandSummary = `allows use of a Wayland compositor`

// waylandSharedBuffersAppArmor: clients that do not use memfd create
// their wl_shm buffers as files in the runtime directory, named
// "<toolkit>-shared-XXXXXX" by libwayland-cursor, Mesa and the toolkits;
// the compositor maps what the client passes it.
const waylandSharedBuffersAppArmor = `
# Share window and cursor buffers through files in the runtime directory.
owner /run/user/[0-9]*/*-shared-[A-Za-z0-9]* rw,
`

const waylandConnectedPlugAppArmor = `
# Description: be a client of a Wayland compositor.

# Reach the compositor's socket in the runtime directory (WAYLAND_DISPLAY
# is wayland-N there, N below 100), and exchange messages with it: the
# kernel asks the file rule, so no unix rule, which would reach the
# compositor's side by label (unconfined on classic) on any abstract
# socket. Not the lock beside it, which is the compositor's.
owner /run/user/[0-9]*/wayland-[0-9]{,[0-9]} rw,
` + waylandSharedBuffersAppArmor + `
# Keyboard layouts, to read the keymap the compositor sends.
/usr/share/X11/xkb/ r,
/usr/share/X11/xkb/** r,
`

const waylandPermanentSlotAppArmor = `
# Description: run a Wayland compositor that owns the screens and input
# devices and serves clients on its socket.

# Create the socket and its lock in the runtime directory (root's, when
# the compositor runs as a system service).
owner /run/user/[0-9]*/ r,
owner /run/user/[0-9]*/wayland-[0-9]* rwk,
owner /run/user/[0-9]*/wayland-[0-9]*.lock rwk,
` + displayServerDevicesAppArmor

const waylandPermanentSlotSecComp = `
# Description: run a Wayland compositor.
` + serverSocketSecComp + udevMonitorSocketSecComp

const waylandConnectedSlotAppArmor = `
# Description: serve the connected Wayland client.

# Accept the client's connection and exchange messages with it.
unix (accept, send, receive) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
` + waylandSharedBuffersAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "wayland",
		summary:               waylandSummary,
		docURL:                "https://snapcraft.io/docs/wayland-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlot,
		connectedPlugAppArmor: waylandConnectedPlugAppArmor,
		permanentSlotAppArmor: waylandPermanentSlotAppArmor,
		permanentSlotSecComp:  waylandPermanentSlotSecComp,
		connectedSlotAppArmor: waylandConnectedSlotAppArmor,
	})
}
