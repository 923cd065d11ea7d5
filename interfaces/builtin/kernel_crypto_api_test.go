// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type kernelCryptoAPISuite struct{ systemSuite }

var _ = check.Suite(&kernelCryptoAPISuite{systemSuite{systemCase{
	name:     "kernel-crypto-api",
	summary:  "allows using the kernel's crypto API through AF_ALG sockets",
	appArmor: []string{"network alg seqpacket,", "@{PROC}/crypto r,"},
	secComp:  []string{"socket AF_ALG", "accept", "accept4"},
	// accept serves nothing without listen; the crypto netlink socket
	// needs net_admin.
	mustNotGrant: []string{anyCapability, writesFiles, `listen`, `socket AF_NETLINK.*`},
	reaches:      []access{{"/proc/crypto", "r"}},
	mustNotReach: []access{{"/proc/crypto", "w"}, {"/proc/keys", "r"}},
}}})

func (s *kernelCryptoAPISuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("kernel-crypto-api"))
	cn.checkAccesses(c, plugTag, []string{
		"network alg seqpacket",
		"file r /proc/crypto",
	}, []string{
		"network netlink raw",
		"network inet stream",
		"capability net_admin",
		"file r /proc/keys",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"network alg seqpacket"})
}
