// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
)

// ubuntu-download-manager lets an app have files downloaded by Ubuntu's
// download manager (com.canonical.applications.Downloader on the
// session bus), which a snap serves and which goes on downloading when
// the app is suspended: create downloads and download groups, list and
// look up the app's own, and start, pause, resume, cancel, throttle and
// follow each (com.canonical.applications.Download and GroupDownload,
// below /com/canonical/applications/download). It may not change the
// manager's defaults for every app (setDefaultThrottle,
// allowGSMDownload) or stop it (exit).
//
// The manager keeps each client's downloads in a directory of its own
// data named after the client (the first part of its AppArmor label,
// which for a snap is the whole label), in "Downloads" there, and
// reports the finished file's path: the client may read that
// directory, in the serving snap's per-user data.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting: the manager fetches what
// its clients ask and hands them the files. The slot gets policy to own
// the manager's name, to ask the bus daemon who a client is (it files
// and fences downloads by the client's label), and to serve connected
// clients exactly what their rules let them ask. Both sides join the
// session bus with the shared rules (dbusSessionBusAppArmor).

const ubuntuDownloadManagerSummary = `allows having files downloaded by the Ubuntu download manager`

const ubuntuDownloadManagerClientAppArmor = `
# The manager: create downloads and groups of them, list and look up
# the app's own, and read its defaults; hear when a download is
# created.
dbus (send)
    bus=session
    path=/
    interface=com.canonical.applications.DownloadManager
    member={createDownload,createMmsDownload,createDownloadGroup,getAllDownloads,getAllDownloadsWithMetadata,getDownloadState,defaultThrottle,isGSMDownloadAllowed}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/
    interface=com.canonical.applications.DownloadManager
    member=downloadCreated
    peer=(label=###SLOT_SECURITY_TAGS###),

# The app's downloads and groups: start, pause, resume and cancel them,
# set their throttle, headers, metadata and destination, read their
# state and properties, and hear their progress, completion and errors.
dbus (send, receive)
    bus=session
    path=/com/canonical/applications/download/**
    interface=com.canonical.applications.{Download,GroupDownload}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/com/canonical/applications/download/**
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const ubuntuDownloadManagerConnectedPlugAppArmor = `
# Description: have files downloaded by the download manager; not change
# its defaults for every app, or stop it.
` + ubuntuDownloadManagerClientAppArmor + dbusSessionBusAppArmor

// ubuntuDownloadManagerFilesAppArmor lets the client read its finished
// downloads where the manager snap (first %s) keeps them for its label
// (second %s).
const ubuntuDownloadManagerFilesAppArmor = `
# Read the finished downloads, which the manager keeps for the app in
# its own per-user data, in a directory named after the app's label.
owner @{HOME}/snap/%[1]s/*/.local/share/*/{,*/}%[2]s/Downloads/{,**} r,
`

var ubuntuDownloadManagerPermanentSlotAppArmor = `
# Description: operate as the Ubuntu download manager.

` + dbusOwnNameRules(dbusSessionBus, "com.canonical.applications.Downloader") + dbusCallerIdentityAppArmor + dbusSessionBusAppArmor

var ubuntuDownloadManagerConnectedSlotAppArmor = dbusServingRules(`
# Description: serve a connected client's downloads: take its calls,
# and send it their signals.
`, ubuntuDownloadManagerClientAppArmor)

// ubuntuDownloadManagerInterface adds to the client's side the
// directory where the manager snap keeps its downloads, which names
// both snaps.
type ubuntuDownloadManagerInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*ubuntuDownloadManagerInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*ubuntuDownloadManagerInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner. The
// manager's instance name is a validated snap name, and the client's
// label expression is made of validated snap and app names, braces and
// commas or a glob: both stand for themselves in a path.
func (iface *ubuntuDownloadManagerInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	text := withPeerLabels(iface.connectedPlugAppArmor, plug, slot)
	if !isSystemSnap(slot.Snap()) && !isSystemSnap(plug.Snap()) {
		text += fmt.Sprintf(ubuntuDownloadManagerFilesAppArmor, slot.Snap().InstanceName(), plug.LabelExpression())
	}
	spec.AddSnippet(text)
	return nil
}

func init() {
	registerIface(&ubuntuDownloadManagerInterface{commonInterface{
		name:                  "ubuntu-download-manager",
		summary:               ubuntuDownloadManagerSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: ubuntuDownloadManagerConnectedPlugAppArmor,
		permanentSlotAppArmor: ubuntuDownloadManagerPermanentSlotAppArmor,
		connectedSlotAppArmor: ubuntuDownloadManagerConnectedSlotAppArmor,
	}})
}
