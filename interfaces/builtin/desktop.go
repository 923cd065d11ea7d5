// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// desktop gives a graphical app what a modern desktop offers it through
// safe channels: the host's fonts, icons, themes and toolkit settings,
// the XDG desktop portals (file choosers, opening URIs, screenshots,
// settings, each mediated by the user), files the user handed over
// through the document portal, input methods (IBus, Fcitx, Mozc),
// notifications, media keys and the screensaver, and snapd's session
// agent, through which xdg-open opens URLs and files in host apps. The
// slot is the system's, on classic only; plugs auto-connect.
//
// Differences from the reference: the document portal's methods are
// those that add and look up documents (not GrantPermissions, Delete or
// List), and the system bus is not opened (the reference includes its
// bus rules, though nothing here sends on it); Ubuntu Touch's
// SafeLauncher is left out.
//
// Attributes of the plug:
//   - mount-host-font-cache (bool, default true): whether the host's
//     fontconfig cache is made visible at /var/cache/fontconfig. Snaps
//     that ship a fontconfig whose cache format differs from the host's
//     set it false and build their own cache. Making the cache visible is
//     a bind mount by the mount-namespace helper, which snapiface does not
//     model; here the attribute decides whether the app may read it.
//   - desktop-file-ids (list of D-Bus-style names): desktop file names the
//     snap installs without the usual snap-name prefix. This is the
//     constraint on installing the plug: a plug that sets it needs a snap
//     declaration ("plug_install: constrained" in the reference table), as
//     the names would otherwise let a snap shadow another app's entry.
//     Each is checked as a D-Bus well-known name, and a plug lists at
//     most AttrListMax of them (limits.go), a limit the reference does
//     not have.
//
// Not rendered here: mount. The reference bind-mounts the host's font
// directories into the snap's mount namespace; the rules here grant
// reading them where they are. A daemon that wants the mounts makes them
// itself.

const desktopSummary = `allows access to basic graphical desktop resources`

const desktopBaseDeclarationPlugs = `
allow-installation:
  plug-attributes:
    desktop-file-ids: $MISSING
`

const desktopConnectedPlugAppArmor = `
# Description: use the desktop's fonts, look and feel, portals, input
# methods, notifications and URL opening.

# Connect to the session bus, and learn its id.
#include <abstractions/dbus-session-strict>
dbus (send)
    bus=session
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member=GetId
    peer=(name=org.freedesktop.DBus, label=unconfined),

# Fonts: the host's font directories and configuration, and the user's
# own fonts; some toolkits map font files.
/usr/share/fonts/ r,
/usr/share/fonts/** mr,
/usr/local/share/fonts/ r,
/usr/local/share/fonts/** mr,
/etc/fonts/ r,
/etc/fonts/** r,
owner @{HOME}/.fonts/ r,
owner @{HOME}/.fonts/** r,
owner @{HOME}/.local/share/fonts/ r,
owner @{HOME}/.local/share/fonts/** r,

# The user's directory names (Documents, Downloads...) and locale.
/etc/xdg/user-dirs.conf r,
/etc/xdg/user-dirs.defaults r,
owner @{HOME}/.config/user-dirs.dirs r,
owner @{HOME}/.config/user-dirs.locale r,

# XDG desktop portals: every request goes through the portal service,
# which asks the user or applies the desktop's policy. Requests and
# sessions are objects below the portal's path; the portal's properties
# (its version, the settings it exposes) are read, and its service is
# started by name when it is not running yet.
dbus (send)
    bus=session
    path=/org/freedesktop/portal/desktop{,/**}
    interface={org.freedesktop.portal.*,org.freedesktop.DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/freedesktop/portal/desktop{,/**}
    interface={org.freedesktop.portal.*,org.freedesktop.DBus.Properties}
    peer=(name=org.freedesktop.portal.Desktop),
dbus (receive)
    bus=session
    path=/org/freedesktop/portal/desktop{,/**}
    interface={org.freedesktop.portal.*,org.freedesktop.DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),

# The document portal: files the user handed to the app (and dropped on
# it, through the file transfer portal) appear in the portal's
# filesystem in the runtime directory.
dbus (send)
    bus=session
    path=/org/freedesktop/portal/documents
    interface=org.freedesktop.portal.Documents
    member={GetMountPoint,Add,AddNamed,AddFull,AddNamedFull,Lookup,Info}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/freedesktop/portal/documents
    interface=org.freedesktop.portal.FileTransfer
    member={StartTransfer,AddFiles,RetrieveFiles,StopTransfer}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/freedesktop/portal/documents
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/org/freedesktop/portal/documents
    interface=org.freedesktop.portal.FileTransfer
    member=TransferClosed
    peer=(label=###SLOT_SECURITY_TAGS###),
owner /run/user/[0-9]*/doc/ r,
owner /run/user/[0-9]*/doc/** rw,

# GTK's desktop integration: tell the session an app was launched, and
# that the app's menu actions changed.
dbus (send)
    bus=session
    path=/org/gtk/gio/DesktopAppInfo
    interface=org.gtk.gio.DesktopAppInfo
    member=Launched
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    interface=org.gtk.Actions
    member=Changed
    peer=(name=org.freedesktop.DBus, label=unconfined),

# Media keys (GNOME's settings daemon hands them to the focused
# player), the screensaver's state, and GNOME's prompter for secrets
# (pinentry-gnome3).
dbus (send, receive)
    bus=session
    path=/org/gnome/SettingsDaemon/MediaKeys
    interface={org.gnome.SettingsDaemon.MediaKeys,org.freedesktop.DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/{,org/freedesktop/,org/gnome/}ScreenSaver
    interface=org.{freedesktop,gnome}.ScreenSaver
    member={GetActive,GetActiveTime,Lock,SetActive}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/{,org/freedesktop/,org/gnome/}ScreenSaver
    interface=org.{freedesktop,gnome}.ScreenSaver
    member=ActiveChanged
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/gnome/keyring/Prompter
    interface=org.gnome.keyring.internal.Prompter
    member={BeginPrompting,PerformPrompt,StopPrompting}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/org/gnome/keyring/Prompt/p[0-9]*
    interface=org.gnome.keyring.internal.Prompter.Callback
    member={PromptReady,PromptDone}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Let the session's tools introspect the app's objects.
dbus (receive)
    bus=session
    interface=org.freedesktop.DBus.Introspectable
    member=Introspect
    peer=(label=###SLOT_SECURITY_TAGS###),
` + desktopLookAndFeelAppArmor + inputMethodsAppArmor + notificationsAppArmor + xdgOpenAppArmor

// desktopHostFontCacheAppArmor is added when the host's fontconfig cache
// is visible to the app (mount-host-font-cache, the default).
const desktopHostFontCacheAppArmor = `
# Read the host's fontconfig cache instead of building one per snap.
/var/cache/fontconfig/ r,
/var/cache/fontconfig/** mr,
`

// desktopInterface checks the plug's attributes, and grants reading the
// host's font cache unless the plug opts out.
type desktopInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*desktopInterface)(nil)
	_ interfaces.AttributeDescriber = (*desktopInterface)(nil)
	_ interfaces.PlugSanitizer      = (*desktopInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*desktopInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *desktopInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := boolAttr(plug.Attrs, "mount-host-font-cache", true); err != nil {
		return plugAttrError(plug, err)
	}
	ids, err := stringListAttr(plug.Attrs, "desktop-file-ids")
	if err != nil {
		return plugAttrError(plug, err)
	}
	for _, id := range ids {
		if err := validateDBusName(id); err != nil {
			return plugAttrError(plug, fmt.Errorf(`"desktop-file-ids": %w`, err))
		}
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *desktopInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if err := iface.commonInterface.AppArmorConnectedPlug(spec, plug, slot); err != nil {
		return err
	}
	// Only the static attribute, which the sanitizer checked, counts.
	mount, err := boolAttr(plug.StaticAttrs(), "mount-host-font-cache", true)
	if err != nil {
		return err
	}
	if mount {
		spec.AddSnippet("# Description: read the host's font cache.\n" + desktopHostFontCacheAppArmor)
	}
	return nil
}

// desktopAttributes describes the plug's attributes.
var desktopAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "mount-host-font-cache", Type: interfaces.AttrTypeBool, Default: "true",
		Description: "Whether the app may read the host's fontconfig cache; snaps whose fontconfig has another cache format set it false and build their own.",
	}, {
		Side: "plug", Name: "desktop-file-ids", Type: interfaces.AttrTypeStringList,
		Description: fmt.Sprintf("Desktop file names the snap installs without the usual snap-name prefix, each a D-Bus-style well-known name of at most %d bytes, at most %d of them. A plug that sets it needs a snap declaration to install.", AttrNameMax, AttrListMax),
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a graphical app", Plug: map[string]interface{}{}},
		{Title: "an app with its own font cache", Plug: map[string]interface{}{"mount-host-font-cache": false}},
		{Title: "an app installing an unprefixed desktop file", Plug: map[string]interface{}{"desktop-file-ids": []interface{}{"org.example.Editor"}}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *desktopInterface) Attributes() interfaces.AttributeDoc { return desktopAttributes }

func init() {
	registerIface(&desktopInterface{commonInterface{
		name:                  "desktop",
		notRendered:           []string{interfaces.BackendMount},
		summary:               desktopSummary,
		docURL:                "https://snapcraft.io/docs/desktop-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  desktopBaseDeclarationPlugs,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: desktopConnectedPlugAppArmor,
	}})
}
