// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type tpmSuite struct{ systemSuite }

var _ = check.Suite(&tpmSuite{systemSuite{systemCase{
	name:         "tpm",
	summary:      "allows access to the Trusted Platform Module device",
	appArmor:     []string{"/dev/tpm0 rw,", "/dev/tpmrm0 rw,"},
	mustNotGrant: []string{anyCapability, `/dev/tpm(rm)?\[.*`, `@\{sys\}.* [a-z]*w[a-z]*,`},
}}})

// The first TPM's two nodes, read-only sysfs (no physical presence
// requests), and nothing of a second TPM.
func (s *tpmSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const tpm = "/sys/devices/LNXSYSTM:00/LNXSYBUS:00/MSFT0101:00/tpm/tpm0/"
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/tpm0",
		"file rw /dev/tpmrm0",
		"file r /sys/class/tpm/",
		"file r " + tpm + "tpm_version_major",
		"file r " + tpm + "pcr-sha256/7",
	}, []string{
		"file rw /dev/tpm1",
		"file rw /dev/tpmrm1",
		"file rw /dev/tpm01",
		"file w " + tpm + "ppi/request",
		"file r /sys/devices/LNXSYSTM:00/LNXSYBUS:00/MSFT0101:01/tpm/tpm1/tpm_version_major",
		"file r /sys/kernel/security/tpm0/binary_bios_measurements",
	})
}
