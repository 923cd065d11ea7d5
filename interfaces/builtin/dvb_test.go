// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type dvbSuite struct{ systemSuite }

var _ = check.Suite(&dvbSuite{systemSuite{systemCase{
	name:         "dvb",
	summary:      "allows access to all DVB (Digital Video Broadcasting) devices and APIs",
	appArmor:     []string{"/dev/dvb/adapter[0-9]*/{frontend,demux,dvr,net,ca,sec,audio,video,osd}[0-9]* rw,"},
	mustNotGrant: []string{anyCapability, `/dev/(video|media|dri).*`},
}}})

func (s *dvbSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const adapter = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/dvb/"
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file r /dev/dvb/",
		"file r /dev/dvb/adapter0/",
		"file rw /dev/dvb/adapter0/frontend0",
		"file rw /dev/dvb/adapter0/demux0",
		"file r /dev/dvb/adapter0/dvr0",
		"file rw /dev/dvb/adapter12/ca1",
		"file r /sys/class/dvb/",
		"file r " + adapter + "dvb0.frontend0/uevent",
		"file r /run/udev/data/c212:4",
	}, []string{
		"file rw /dev/video0",
		"file rw /dev/media0",
		"file rw /dev/dvb/adapter0/other",
		"file w " + adapter + "dvb0.frontend0/uevent",
		"file r /run/udev/data/c81:0",
	})
}
