// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// Policy text that the desktop, graphics and audio interfaces share
// (opengl, x11, wayland, mir, unity7, desktop*, gsettings, audio-*,
// pulseaudio, alsa, jack1, screen-inhibit-control): display server
// devices, sound cards, the sound server's client and server sides,
// notifications, input methods and the desktop's look and feel. Each
// piece is a group of rules with its own comment; an interface's policy
// text opens with its own "# Description:" line and appends the pieces
// it needs.

// displayServerDevicesAppArmor is what a display server (a Wayland
// compositor or a Mir server) needs to drive the screens and read input
// as the session's only display server.
const displayServerDevicesAppArmor = `
# Drive the screens through DRM/KMS: the card nodes, and their identity
# in sysfs and the udev database (DRM is character major 226).
/dev/dri/ r,
/dev/dri/card[0-9]* rw,
/dev/dri/renderD[0-9]* rw,
/sys/class/drm/ r,
/sys/devices/**/drm/ r,
/sys/devices/**/drm/** r,
/run/udev/data/c226:[0-9]* r,

# Read keyboards, pointers and touch screens through evdev, found with
# libinput's udev enumeration (input is character major 13). A display
# server is the one process that must see every key press.
/dev/input/ r,
/dev/input/event[0-9]* rw,
/sys/class/input/ r,
/sys/devices/**/input[0-9]*/ r,
/sys/devices/**/input[0-9]*/** r,
/run/udev/data/c13:[0-9]* r,
/run/udev/data/+input:input[0-9]* r,

# Run on a virtual terminal: switch it to graphics mode and back, and
# change VTs when the user asks.
/dev/tty[0-9]* rw,
capability sys_tty_config,

# Keyboard layouts, compiled from the XKB data the snap ships.
/usr/share/X11/xkb/ r,
/usr/share/X11/xkb/** r,
`

// soundCardsAppArmor is direct access to the sound cards through ALSA,
// for the alsa plug and for a sound server.
const soundCardsAppArmor = `
# Open the sound cards' PCM, control, timer and sequencer devices.
/dev/snd/ r,
/dev/snd/* rw,

# Find the cards: ALSA's procfs view, their sysfs nodes and their udev
# records (sound is character major 116).
@{PROC}/asound/ r,
@{PROC}/asound/** r,
/sys/class/sound/ r,
/sys/devices/**/sound/ r,
/sys/devices/**/sound/** r,
/run/udev/data/c116:[0-9]* r,
/run/udev/data/+sound:card[0-9]* r,

# ALSA's configuration: the library's own, the host's and the user's.
/usr/share/alsa/ r,
/usr/share/alsa/** r,
/etc/asound.conf r,
/etc/alsa/ r,
/etc/alsa/** r,
owner @{HOME}/.asoundrc r,
`

// pulseClientAppArmor lets a client reach a PulseAudio-protocol server
// (PulseAudio itself, or PipeWire's PulseAudio service). Both listen on
// a socket file, "native" in the pulse directory of the user's runtime
// directory (or of /run for a system-wide server): AppArmor decides
// connecting to it by the file rule, so no unix rule is needed, and
// none that would reach the server's side by label, unconfined on
// classic, and with it every abstract socket of the host.
const pulseClientAppArmor = `
# Connect to the sound server's native socket: the user's, or the
# system-wide one that appliances run.
owner /run/user/[0-9]*/pulse/ r,
owner /run/user/[0-9]*/pulse/native rw,
/run/pulse/ r,
/run/pulse/native rw,

# Read the client configuration, and the cookie that authenticates the
# client to the server.
/etc/pulse/ r,
/etc/pulse/** r,
owner @{HOME}/.config/pulse/ r,
owner @{HOME}/.config/pulse/cookie rk,
owner @{HOME}/.pulse-cookie rk,
`

// pulseSamplesAppArmor lets a client and a server exchange samples
// through the shared memory files the server creates. memfd transport
// needs nothing; the older file-backed pools live in /dev/shm.
const pulseSamplesAppArmor = `
# Exchange samples through the server's shared memory pools.
owner /{dev,run}/shm/pulse-shm-* mrw,
`

// sysvShmSecComp is for PulseAudio-protocol clients and servers that
// release their System V segments. The seccomp base allow-list carries
// shmctl today; the rule stays so that the sound interfaces say what
// their purpose needs whatever the base holds.
const sysvShmSecComp = `
# Query and release System V shared memory segments (IPC_STAT, IPC_RMID),
# which sound libraries use for sample buffers.
shmctl
`

// soundServerPermanentSlotAppArmor is what a sound server snap needs,
// whether or not clients are connected: the cards, its socket, its
// shared memory and real-time scheduling.
const soundServerPermanentSlotAppArmor = `
# Description: run a sound server that owns the sound cards.
` + soundCardsAppArmor + `
# Create and serve the native socket, per user or system-wide, with its
# lock and pid files.
owner /run/user/[0-9]*/pulse/ rw,
owner /run/user/[0-9]*/pulse/** rwk,
/run/pulse/ rw,
/run/pulse/** rwk,
/etc/pulse/ r,
/etc/pulse/** r,
` + pulseSamplesAppArmor + `
# Give the mixing thread real-time priority, so that playback does not
# skip under load.
capability sys_nice,
`

// soundServerPermanentSlotSecComp is the sound server's syscalls beyond
// the base: serving its socket, watching card hotplug, its shared
// memory, its groups and its threads' priorities.
const soundServerPermanentSlotSecComp = `
# Description: run a sound server.
` + serverSocketSecComp + udevMonitorSocketSecComp + sysvShmSecComp + `
# A system-wide server started as root sets its supplementary groups
# before it drops to its own user (initgroups); the kernel asks for
# setgid, which AppArmor decides.
setgroups
setgroups32

# The mixing and client threads get their nice values by thread id (the
# base allows the caller's own only); raising one needs sys_nice.
setpriority PRIO_PROCESS
`

// soundServerConnectedSlotAppArmor lets a sound server serve one
// connected client, named by its label.
const soundServerConnectedSlotAppArmor = `
# Description: serve sound to the connected client.

# Accept the client's connection and exchange messages with it.
unix (accept, send, receive) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
` + pulseSamplesAppArmor

// notificationsAppArmor lets an app show desktop notifications through
// the session's notification server.
const notificationsAppArmor = `
# Show notifications, and hear back when the user acts on or closes one;
# read the server's properties (KDE's Inhibited: do not disturb) and
# hear when they change.
dbus (send)
    bus=session
    path=/org/freedesktop/Notifications
    interface=org.freedesktop.Notifications
    member={GetCapabilities,GetServerInformation,Notify,CloseNotification}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/org/freedesktop/Notifications
    interface=org.freedesktop.Notifications
    member={ActionInvoked,NotificationClosed,NotificationReplied,ActivationToken}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/freedesktop/Notifications
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/org/freedesktop/Notifications
    interface=org.freedesktop.DBus.Properties
    member=PropertiesChanged
    peer=(label=###SLOT_SECURITY_TAGS###),
`

// xdgOpenAppArmor lets an app open URLs and files in the user's default
// host apps, and read or set default apps, through snapd's session agent
// (io.snapcraft.Launcher, io.snapcraft.Settings), which the base snap's
// xdg-open and xdg-settings call.
const xdgOpenAppArmor = `
# Open URLs and files in the user's default host apps, and read or set
# the defaults, through snapd's session agent: directly, or with the
# base's xdg-open and xdg-settings, which call it; and the desktop
# entries that say so.
/usr/bin/xdg-open ixr,
/usr/bin/xdg-settings ixr,
/usr/share/applications/ r,
/usr/share/applications/{mimeapps.list,xdg-open.desktop} r,
dbus (send)
    bus=session
    path=/io/snapcraft/Launcher
    interface=io.snapcraft.Launcher
    member={OpenURL,OpenFile}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/io/snapcraft/Settings
    interface=io.snapcraft.Settings
    member={Check,CheckSub,Get,GetSub,Set,SetSub}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

// inputMethodsAppArmor lets an app talk to the input method frameworks
// (IBus, Fcitx, Mozc) that compose text for languages a keyboard cannot
// type directly.
const inputMethodsAppArmor = `
# IBus: through its session-bus portal (IBUS_USE_PORTAL=1, activated by
# name), or on its own bus, whose address a file of the user's names:
# a socket in the user's cache or runtime directory, or an abstract one
# of older versions.
dbus (send)
    bus=session
    path=/org/freedesktop/IBus
    interface=org.freedesktop.IBus.Portal
    member=CreateInputContext
    peer=(name=org.freedesktop.portal.IBus),
dbus (send)
    bus=session
    path=/org/freedesktop/IBus
    interface=org.freedesktop.IBus.Portal
    member=CreateInputContext
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send, receive)
    bus=session
    path=/org/freedesktop/IBus/InputContext_[0-9]*
    interface={org.freedesktop.IBus.InputContext,org.freedesktop.IBus.Service,org.freedesktop.DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),
owner @{HOME}/.config/ibus/ r,
owner @{HOME}/.config/ibus/bus/ r,
owner @{HOME}/.config/ibus/bus/* r,
owner @{HOME}/.cache/ibus/ r,
owner @{HOME}/.cache/ibus/dbus-* rw,
owner /run/user/[0-9]*/ibus/ r,
owner /run/user/[0-9]*/ibus/dbus-* rw,
unix (connect, send, receive) type=stream peer=(addr="@/tmp/ibus/dbus-*"),

# Fcitx 4 and 5: create an input context (Fcitx 5's frontend answers as
# org.fcitx.Fcitx5 and on the portal's path) and feed it key events.
dbus (send)
    bus=session
    path=/{inputmethod,org/freedesktop/portal/inputmethod}
    interface={org.fcitx.Fcitx.InputMethod,org.fcitx.Fcitx.InputMethod1}
    member={CreateIC*,CreateInputContext}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send, receive)
    bus=session
    path=/{inputcontext_[0-9]*,org/freedesktop/portal/inputcontext/**,inputcontext/**}
    interface={org.fcitx.Fcitx.InputContext,org.fcitx.Fcitx.InputContext1,org.freedesktop.DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Mozc: the conversion server's abstract socket.
unix (connect, send, receive) type=stream peer=(addr="@tmp/.mozc.*"),
`

// desktopLookAndFeelAppArmor lets an app follow the desktop's theme: the
// host's icons and themes, and the toolkit settings in dconf, read only
// (gsettings is the interface that changes them).
const desktopLookAndFeelAppArmor = `
# Follow the desktop's look and feel, read only: icon themes (their
# index files locked while an icon cache reads them), themes and
# pixmaps; GTK's settings and bookmarks (which name folders of the
# user's) and the toolkit settings in dconf; the GSettings schemas the
# system installs; and the MIME types the user added.
/usr/share/icons/ r,
/usr/share/icons/** r,
/usr/share/icons/*/index.theme k,
/usr/share/themes/ r,
/usr/share/themes/** r,
/usr/share/pixmaps/ r,
/usr/share/pixmaps/** r,
/usr/share/{unity,thumbnailer}/icons/** r,
/etc/gtk-{3,4}.0/ r,
/etc/gtk-{3,4}.0/** r,
owner @{HOME}/.config/gtk-{3,4}.0/{settings.ini,bookmarks} r,
owner /run/user/[0-9]*/dconf/user r,
owner @{HOME}/.config/dconf/user r,
/etc/dconf/ r,
/etc/dconf/** r,
/usr/share/{,gnome/,ubuntu/}glib-2.0/schemas/{,*} r,
owner @{HOME}/.local/share/mime/{,**} r,
`
