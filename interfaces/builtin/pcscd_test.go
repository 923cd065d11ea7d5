// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type pcscdSuite struct{ referenceSuite }

var _ = check.Suite(&pcscdSuite{referenceSuite{referenceCase{
	name:         "pcscd",
	summary:      "allows using smart cards through the PC/SC daemon",
	plugAppArmor: []string{"@{run}/pcscd/pcscd.comm rw,"},
	// The daemon's socket alone: no device, no glob.
	mustNotGrant: []string{"/dev/", "*", "capability"},
}}})

func (s *pcscdSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "pcscd", staticInfo{summary: s.summary, implicitOnClassic: true, slots: declSystemSlotNoAutoConnect})
}

// The app reaches the daemon's socket, and nothing else of the daemon
// or the readers: not their devices, which the daemon drives.
func (s *pcscdSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("pcscd"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/pcscd/pcscd.comm",
		"file rw /var/run/pcscd/pcscd.comm",
		"unix connect stream peer_addr=/run/pcscd/pcscd.comm peer=unconfined",
	}, []string{
		"file rw /run/pcscd/pcscd.pub",
		"file rw /run/pcscd/pcscd.comm.other",
		"file r /run/pcscd/",
		"file w /run/pcscd/",
		"file rw /run/pcscd/pcscd.events/1234",
		"file rw /run/p11-kit/pkcs11-optee",
		"file rw /dev/bus/usb/001/004",
		"file rw /dev/hidraw0",
		"file r /etc/reader.conf.d/libccidtwin",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /run/pcscd/pcscd.comm"})
}
