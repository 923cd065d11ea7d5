// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// x11 lets an app be a client of an X11 display server: open windows,
// draw, and receive input over the X protocol. X11 does not isolate its
// clients, so a connected app can read the input of, and inject input
// into, every other window of the same server; that is the protocol's
// nature, not something a policy can narrow.
//
// What an X client needs: the display's socket (the abstract
// @/tmp/.X11-unix/XN that Xorg and Xwayland listen on, or the socket
// file beside it), the cookie that authenticates it (snap run copies
// the user's XAUTHORITY file to .Xauthority in the user's runtime
// directory; display managers and compositors keep others), the fonts
// that core-protocol and fontconfig clients render with, and the XKB
// data that maps the server's key codes.
//
// The X session manager is another matter: it listens over ICE on
// @/tmp/.ICE-unix/PID and takes commands (save, log out, run a
// program) from any client that connects. The plug denies those
// sockets outright, as the reference does, so that no other rule of
// the profile can open them.
//
// Unlike the reference, which lets a client connect to the X socket's
// abstract name whoever listens on it, the plug names the slot's side:
// the host's X server (unconfined) for the system's slot, the serving
// app for an app's. Another snap listening on that name is not the
// display the user connected, and would read the client's input.
//
// The slot is the host's X server on classic (or Xwayland), or an app
// snap that serves X (a nested or virtual X server). A serving snap gets
// permanent policy to create the display sockets and connected policy to
// talk to each client, named by its label.
//
// Base declaration: the system slot on classic auto-connects. Connecting
// to an app's X server on Ubuntu Core needs a snap declaration, and an
// app's X server is never auto-connected without one: a snap must not be
// able to pose as the display server, and a second candidate slot would
// make the system's ambiguous. The reference auto-connects app slots on
// classic; its decisions for the system slot, which the reference table
// covers, are the same as ours.

const x11Summary = `allows use of an X11 display server`

// clientFontsAppArmor lets an app find and read the fonts it renders
// with: fontconfig's configuration and caches, the system's fonts, and
// the user's own. Only the caches under the user's home are written,
// by fontconfig itself.
const clientFontsAppArmor = `
# Fonts: fontconfig's configuration and caches, the fonts of the system
# and the user's own, read only but for the user's cache.
/etc/fonts/ r,
/etc/fonts/** r,
/usr/share/fontconfig/ r,
/usr/share/fontconfig/** r,
/usr/share/fonts/ r,
/usr/share/fonts/** r,
/usr/local/share/fonts/ r,
/usr/local/share/fonts/** r,
/var/cache/fontconfig/ r,
/var/cache/fontconfig/** mr,
owner @{HOME}/.fonts/ r,
owner @{HOME}/.fonts/** r,
owner @{HOME}/.local/share/fonts/ r,
owner @{HOME}/.local/share/fonts/** r,
owner @{HOME}/.config/fontconfig/ r,
owner @{HOME}/.config/fontconfig/** r,
owner @{HOME}/.cache/fontconfig/ rw,
owner @{HOME}/.cache/fontconfig/** mrwkl,
`

const x11ConnectedPlugAppArmor = `
# Description: be a client of an X11 display server.

# Reach the server through its abstract socket (named, and served by the
# slot's side only) or the socket file in /tmp/.X11-unix, and exchange
# messages with it.
/tmp/.X11-unix/ r,
/tmp/.X11-unix/X[0-9]* rw,
unix (connect, send, receive) type=stream peer=(label=###SLOT_SECURITY_TAGS###, addr="@/tmp/.X11-unix/X[0-9]*"),

# Authenticate with the cookie: the copy of XAUTHORITY that snap run
# puts in the runtime directory, or the file the display manager or the
# compositor's Xwayland wrote for the user.
owner /run/user/[0-9]*/.Xauthority r,
owner @{HOME}/.Xauthority r,
owner /run/user/[0-9]*/gdm/Xauthority r,
owner /run/user/[0-9]*/.mutter-Xwaylandauth.* r,
owner /run/user/[0-9]*/xauth_* r,
owner /tmp/xauth_* r,

# Never the X session manager: over ICE it takes commands (save, log
# out, run a program) from any client. Denied, so that no other rule of
# the profile opens it either.
deny /tmp/.ICE-unix/* rw,
deny unix (connect, send, receive) type=stream peer=(addr="@/tmp/.ICE-unix/**"),

# Keyboard layouts, to map the server's key codes; compose sequences and
# the X locale database, for text input; cursor themes.
/usr/share/X11/ r,
/usr/share/X11/** r,
/var/cache/libx11/compose/* r,
/usr/share/icons/*/cursors/ r,
/usr/share/icons/*/cursors/** r,
owner @{HOME}/.XCompose r,
` + clientFontsAppArmor

const x11ConnectedPlugSecComp = `
# Description: be a client of an X11 display server.
` + udevInputMonitorSecComp

const x11PermanentSlotAppArmor = `
# Description: serve the X11 display protocol to client apps.

# Create the display sockets, the socket file and the abstract one, and
# the display's lock file.
/tmp/.X11-unix/ rw,
/tmp/.X11-unix/X[0-9]* rwk,
/tmp/.X[0-9]*-lock rwk,
unix (bind, listen) type=stream addr="@/tmp/.X11-unix/X[0-9]*",

# Write the authority files clients authenticate with.
owner /run/user/[0-9]*/xauth_* rwk,
owner /tmp/xauth_* rwk,

# Compile keyboard layouts for clients.
/usr/share/X11/xkb/ r,
/usr/share/X11/xkb/** r,
`

const x11PermanentSlotSecComp = `
# Description: serve the X11 display protocol to client apps.
` + serverSocketSecComp + `
# Find input devices and screens as they come and go (libudev).
` + udevMonitorSocketSecComp

const x11ConnectedSlotAppArmor = `
# Description: serve the X11 display protocol to the connected client.

# Accept the client's connection and exchange messages with it, on the
# abstract socket or the socket file.
unix (accept, send, receive) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "x11",
		summary:               x11Summary,
		docURL:                "https://snapcraft.io/docs/x11-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlot,
		connectedPlugAppArmor: x11ConnectedPlugAppArmor,
		connectedPlugSecComp:  x11ConnectedPlugSecComp,
		permanentSlotAppArmor: x11PermanentSlotAppArmor,
		permanentSlotSecComp:  x11PermanentSlotSecComp,
		connectedSlotAppArmor: x11ConnectedSlotAppArmor,
	})
}
