// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type teeSuite struct{ systemSuite }

var _ = check.Suite(&teeSuite{systemSuite{systemCase{
	name:            "tee",
	summary:         "allows access to the trusted execution environment devices",
	superPrivileged: true,
	appArmor:        []string{"/dev/tee[0-9]* rw,", "/dev/teepriv[0-9]* rw,"},
	mustNotGrant:    []string{anyCapability, `/dev/(mem|tpm).*`},
}}})

func (s *teeSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const tee = "/sys/devices/platform/firmware:optee/tee/"
	cn := connectToSystem(c, builtin.Core, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/tee0",
		"file rw /dev/teepriv0",
		"file r /sys/class/tee/",
		"file r " + tee + "tee0/uevent",
		"file r " + tee + "teepriv0/dev",
	}, []string{
		"file w " + tee + "tee0/uevent",
		"file rw /dev/tpm0",
		"file rw /dev/mem",
		"file rw /dev/teex",
	})
}
