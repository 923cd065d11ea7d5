// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type ubuntuDownloadManagerSuite struct{ referenceSuite }

var _ = check.Suite(&ubuntuDownloadManagerSuite{referenceSuite{referenceCase{
	name:    "ubuntu-download-manager",
	summary: "allows having files downloaded by the Ubuntu download manager",
	plugAppArmor: []string{
		"path=/com/canonical/applications/download/**\n    interface=com.canonical.applications.{Download,GroupDownload}\n    peer=(label=PEER),",
		"owner @{HOME}/snap/provider/*/.local/share/*/{,*/}snap.consumer.app/Downloads/{,**} r,",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=session name=com.canonical.applications.Downloader,",
		"dbus (receive, send)\n    bus=session\n    path=/com/canonical/applications/download/**",
	},
	// Not the manager's defaults for every app, nor stopping it.
	mustNotGrant:     []string{"setDefaultThrottle", "allowGSMDownload", "exit", "bus=system"},
	plugMustNotGrant: []string{"dbus (bind)", "GetConnection"},
}}})

func (s *ubuntuDownloadManagerSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "ubuntu-download-manager", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
}

// A client creates and drives its downloads and reads the finished
// files the manager keeps for it; it changes no default of the manager,
// stops it not, and reads no other client's files. The manager owns its
// name and serves the connected client only.
func (s *ubuntuDownloadManagerSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("ubuntu-download-manager"), providerYaml(snap.TypeApp, "ubuntu-download-manager"))
	const mgr = "bus=session path=/ interface=com.canonical.applications.DownloadManager name=com.canonical.applications.Downloader"
	const dl = "bus=session path=/com/canonical/applications/download/snap_2econsumer_2eapp/0a1b2c interface=com.canonical.applications.Download"
	cn.checkAccesses(c, plugTag, []string{
		"dbus send " + mgr + " member=createDownload peer=" + slotTag,
		"dbus send " + mgr + " member=getAllDownloads peer=" + slotTag,
		"dbus receive bus=session path=/ interface=com.canonical.applications.DownloadManager member=downloadCreated peer=" + slotTag,
		"dbus send " + dl + " member=start name=com.canonical.applications.Downloader peer=" + slotTag,
		"dbus send " + dl + " member=setDestinationDir name=com.canonical.applications.Downloader peer=" + slotTag,
		"dbus receive " + dl + " member=finished peer=" + slotTag,
		"dbus receive " + dl + " member=progress peer=" + slotTag,
		"file r /home/u/snap/provider/x1/.local/share/ubuntu-download-manager/snap.consumer.app/Downloads/report.pdf",
	}, []string{
		"dbus send " + mgr + " member=setDefaultThrottle peer=" + slotTag,
		"dbus send " + mgr + " member=allowGSMDownload peer=" + slotTag,
		"dbus send " + mgr + " member=exit peer=" + slotTag,
		"dbus send " + mgr + " member=createDownload peer=unconfined",
		"dbus bind bus=session name=com.canonical.applications.Downloader",
		"file w /home/u/snap/provider/x1/.local/share/ubuntu-download-manager/snap.consumer.app/Downloads/report.pdf",
		"file r /home/u/snap/provider/x1/.local/share/ubuntu-download-manager/snap.other.app/Downloads/report.pdf",
		"file r /home/u/snap/provider/x1/.local/share/ubuntu-download-manager/state.db",
	})
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=session name=com.canonical.applications.Downloader",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=GetConnectionAppArmorSecurityContext name=org.freedesktop.DBus peer=unconfined",
		"dbus receive bus=session path=/ interface=com.canonical.applications.DownloadManager member=createDownload peer=" + plugTag,
		"dbus send " + dl + " member=finished peer=" + plugTag,
	}, []string{
		"dbus receive bus=session path=/ interface=com.canonical.applications.DownloadManager member=exit peer=" + plugTag,
		"dbus send " + dl + " member=finished peer=snap.other.app",
	})
}
