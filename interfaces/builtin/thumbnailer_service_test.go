// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type thumbnailerServiceSuite struct{ referenceSuite }

var _ = check.Suite(&thumbnailerServiceSuite{referenceSuite{referenceCase{
	name:    "thumbnailer-service",
	summary: "allows having thumbnails made by the Ubuntu thumbnailer service",
	plugAppArmor: []string{
		"path=/com/canonical/Thumbnailer\n    interface=com.canonical.Thumbnailer\n    member={GetThumbnail,GetAlbumArt,GetArtistArt}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=session name=com.canonical.Thumbnailer,",
		"/sys/kernel/security/apparmor/.access rw,",
		"@{INSTALL_DIR}/consumer/** r,",
		"owner @{HOME}/snap/consumer/** r,",
	},
	mustNotGrant:     []string{"bus=system"},
	plugMustNotGrant: []string{"dbus (bind)", "@{INSTALL_DIR}", "/var/snap"},
}}})

func (s *thumbnailerServiceSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "thumbnailer-service", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
}

// A client asks for thumbnails and art and reaches nothing else on the
// bus; the service reads the connected client's files, and not other
// snaps'.
func (s *thumbnailerServiceSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("thumbnailer-service"), providerYaml(snap.TypeApp, "thumbnailer-service"))
	const thumb = "bus=session path=/com/canonical/Thumbnailer interface=com.canonical.Thumbnailer name=com.canonical.Thumbnailer"
	cn.checkAccesses(c, plugTag, []string{
		"dbus send " + thumb + " member=GetThumbnail peer=" + slotTag,
		"dbus send " + thumb + " member=GetAlbumArt peer=" + slotTag,
	}, []string{
		"dbus send " + thumb + " member=GetThumbnail peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/thumbnails/Thumbnailer1 interface=org.freedesktop.thumbnails.Thumbnailer1 member=Queue name=org.freedesktop.thumbnails.Thumbnailer1 peer=unconfined",
		"dbus send bus=session path=/com/canonical/applications/download/x interface=com.canonical.applications.Download member=start name=com.canonical.applications.Downloader peer=" + slotTag,
		"dbus bind bus=session name=com.canonical.Thumbnailer",
		"file r /home/u/snap/provider/x1/.cache/thumbnails/1.jpg",
	})
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=session name=com.canonical.Thumbnailer",
		"dbus receive bus=session path=/com/canonical/Thumbnailer interface=com.canonical.Thumbnailer member=GetThumbnail peer=" + plugTag,
		"file rw /sys/kernel/security/apparmor/.access",
		"file r /snap/consumer/x1/share/icon.png",
		"file r /var/snap/consumer/common/photos/a.jpg",
		"file r /home/u/snap/consumer/x1/Pictures/a.jpg",
	}, []string{
		"file w /home/u/snap/consumer/x1/Pictures/a.jpg",
		"file r /home/u/snap/other/x1/Pictures/a.jpg",
		"file r /snap/other/x1/share/icon.png",
		"file r /home/u/snap/consumer/x1/Pictures/a.jpg !owner",
		"file w /sys/kernel/security/apparmor/.replace",
		"dbus receive bus=session path=/com/canonical/Thumbnailer interface=com.canonical.Thumbnailer member=GetThumbnail peer=snap.other.app",
	})
}

// An instance of the client snap is named by its instance name.
func (s *thumbnailerServiceSuite) TestNamesTheClientInstance(c *check.C) {
	repo := newRepo(c, builtin.Classic)
	info, err := snap.InfoFromSnapYaml([]byte(consumerYaml("thumbnailer-service")))
	c.Assert(err, check.IsNil)
	info.InstanceKey = "two"
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	addSnap(c, repo, providerYaml(snap.TypeApp, "thumbnailer-service"))
	connectPlug(c, repo, "consumer_two", "plug", "provider", "slot")
	aa, _ := (&connection{Repository: repo, provider: "provider"}).snippets(c, slotTag)
	checkRules(c, aa, "@{INSTALL_DIR}/consumer_two/** r,", "/var/snap/consumer_two/** r,", "owner @{HOME}/snap/consumer_two/** r,")
	c.Check(aa, check.Not(check.Matches), `(?s).*/consumer/.*`)
}
