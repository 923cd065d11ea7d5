// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type pkcs11Suite struct{}

var _ = check.Suite(&pkcs11Suite{})

// pkcs11Slot is the attribute line of the sample slot.
const pkcs11Slot = "pkcs11-socket: /run/p11-kit/pkcs11-optee-slot-0"

func (s *pkcs11Suite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "pkcs11", staticInfo{
		summary: "allows using PKCS#11 tokens through a p11-kit server",
		slots:   "allow-installation: false\ndeny-auto-connection: true",
	})
	checkNotRendered(c, "pkcs11")
}

// No snap carries the slot without a snap declaration, the system
// none; the plug installs anywhere and connects to a slot by hand, on
// Ubuntu Core and classic.
func (s *pkcs11Suite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	checkPlugInstall(c, "pkcs11", "", true)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		comment := check.Commentf("%s", sys)
		c.Check(builtin.SystemSnap(sys).Slots["pkcs11"], check.IsNil, comment)
		for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel} {
			c.Check(installs(c, base, sys, providerYaml(typ, "pkcs11", pkcs11Slot)), check.Equals, false, check.Commentf("%s on %s", typ, sys))
		}
		c.Check(installsAsSystem(c, base, sys, providerYaml(snap.TypeSnapd, "pkcs11", pkcs11Slot)), check.Equals, false, comment)
		for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget} {
			repo := newRepo(c, sys, consumerYaml("pkcs11"), providerYaml(typ, "pkcs11", pkcs11Slot))
			manual, auto := decide(base, sys, repo.Interface("pkcs11"), repo.Plug("consumer", "plug"), repo.Slot("provider", "slot"))
			c.Check(manual, check.Equals, true, check.Commentf("%s slot on %s", typ, sys))
			c.Check(auto, check.Equals, false, check.Commentf("%s slot on %s", typ, sys))
		}
	}
}

// The client gets p11-kit's configuration, the tools and the one socket
// the slot names; the server makes that socket and serves on it.
func (s *pkcs11Suite) TestPolicy(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("pkcs11"), providerYaml(snap.TypeGadget, "pkcs11", pkcs11Slot))
	aa, sc := cn.plugSide(c)
	checkRules(c, aa, "/etc/pkcs11/{,**} r,", "/run/p11-kit/pkcs11-optee-slot-0 rw,")
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	slotAA, slotSC := cn.slotSide(c)
	checkRules(c, slotAA, "/run/p11-kit/ rw,", "/run/p11-kit/pkcs11-optee-slot-0 rw,")
	c.Check(ruleLines(slotSC), check.DeepEquals, []string{"listen", "accept", "accept4"})
	checkExplained(c, slotAA, slotSC)

	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/p11-kit/pkcs11-optee-slot-0",
		"unix connect stream peer_addr=/run/p11-kit/pkcs11-optee-slot-0 peer=snap.provider.service",
		"file r /etc/pkcs11/modules/p11-kit-client.module",
		"file r /etc/pkcs11/pkcs11.conf",
		"exec /usr/bin/p11tool ix",
		"exec /usr/bin/pkcs11-tool ix",
	}, []string{
		"file rw /run/p11-kit/pkcs11-optee-slot-1",
		"file rw /run/p11-kit/pkcs11-optee-slot-0.lock",
		"file rw /run/p11-kit/pkcs11",
		"file r /run/p11-kit/",
		"file w /run/p11-kit/",
		"file rw /run/user/1000/p11-kit/pkcs11",
		"file rw /run/pcscd/pcscd.comm",
		"file rw /dev/tee0",
		"file rw /dev/tpmrm0",
		"file w /etc/pkcs11/pkcs11.conf",
		"exec /usr/bin/p11-kit",
		"exec /usr/libexec/p11-kit/p11-kit-server",
	})
	cn.checkAccesses(c, slotTag, []string{
		"file rw /run/p11-kit/",
		"file rw /run/p11-kit/pkcs11-optee-slot-0",
		"exec /usr/bin/p11-kit ix",
		"exec /usr/libexec/p11-kit/p11-kit-remote ix",
		"exec /usr/lib/p11-kit/p11-kit-server ix",
	}, []string{
		"file rw /run/p11-kit/pkcs11-other",
		"file rw /run/p11-kit/p11-kit-trust",
		"file rw /run/dbus/system_bus_socket",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /run/p11-kit/pkcs11-optee-slot-0"})
	cn.checkAccesses(c, "snap.provider.tool", nil, []string{"file rw /run/p11-kit/pkcs11-optee-slot-0"})
}

// pkcs11Sockets makes a slot's attributes from a pkcs11-socket value.
func pkcs11Sockets(v interface{}) attrs { return attrs{"pkcs11-socket": v} }

// The socket must be a literal path directly in /run/p11-kit, named
// pkcs11-NAME, short enough for a socket address: anything that could
// name another socket, a directory or a pattern is refused.
func (s *pkcs11Suite) TestSlotSanitizer(c *check.C) {
	const shape = `pkcs11-socket ".*" must be /run/p11-kit/pkcs11-NAME, NAME being letters, digits, "\.", "_" or "-"`
	rows := []attrCase{
		{pkcs11Sockets("/run/p11-kit/pkcs11-optee-slot-0"), ""},
		{pkcs11Sockets("/run/p11-kit/pkcs11-a"), ""},
		{pkcs11Sockets("/run/p11-kit/pkcs11-TPM2_0.token"), ""},
		{pkcs11Sockets(longPath("/run/p11-kit/pkcs11-", 107)), ""},
		{nil, `"pkcs11-socket" must name the p11-kit server's socket, /run/p11-kit/pkcs11-NAME`},
		{attrs{"socket": "/run/p11-kit/pkcs11-a"}, `"pkcs11-socket" must name .*`},
		{pkcs11Sockets(42), `"pkcs11-socket" must be a string`},
		{pkcs11Sockets([]interface{}{"/run/p11-kit/pkcs11-a"}), `"pkcs11-socket" must be a string`},
		{pkcs11Sockets(""), `pkcs11-socket cannot be empty`},
		{pkcs11Sockets(longPath("/run/p11-kit/pkcs11-", 108)), `pkcs11-socket is 108 bytes long, more than the 107 allowed`},
		{pkcs11Sockets("/run/p11-kit/pkcs11-"), shape},
		{pkcs11Sockets("/run/p11-kit/pkcs11"), shape},
		{pkcs11Sockets("/run/p11-kit/p11-kit-trust"), shape},
		{pkcs11Sockets("/run/p11-kit/pkcs11--a"), shape},
		{pkcs11Sockets("/run/p11-kit/pkcs11-.hidden"), shape},
		{pkcs11Sockets("/run/p11-kit/sub/pkcs11-a"), shape},
		{pkcs11Sockets("/run/p11-kit/pkcs11-a b"), shape},
		{pkcs11Sockets("/run/p11-kit"), `pkcs11-socket "/run/p11-kit" must be under /run/p11-kit`},
		{pkcs11Sockets("/var/run/p11-kit/pkcs11-a"), `pkcs11-socket ".*" must be under /run/p11-kit`},
		{pkcs11Sockets("/run/dbus/system_bus_socket"), `pkcs11-socket ".*" must be under /run/p11-kit`},
		{pkcs11Sockets("run/p11-kit/pkcs11-a"), `pkcs11-socket ".*" must be absolute`},
		{pkcs11Sockets("/run/p11-kit/../dbus/system_bus_socket"), `pkcs11-socket ".*" must be clean .*`},
		{pkcs11Sockets("/run/p11-kit//pkcs11-a"), `pkcs11-socket ".*" must be clean .*`},
		{pkcs11Sockets("/run/p11-kit/./pkcs11-a"), `pkcs11-socket ".*" must be clean .*`},
		{pkcs11Sockets("/run/p11-kit/pkcs11-a/"), `pkcs11-socket ".*" must not end with a slash`},
		{pkcs11Sockets("/run/p11-kit/pkcs11-\u00e9"), shape},
	}
	rows = append(rows, injections("/run/p11-kit/pkcs11-a", `pkcs11-socket .*`, func(v string) map[string]interface{} { return pkcs11Sockets(v) })...)
	for _, v := range []string{
		"/run/p11-kit/pkcs11-a,\n/** rwkl",
		"/run/p11-kit/pkcs11-a rw,\n}",
		"/run/p11-kit/pkcs11-*",
		"/run/p11-kit/*",
		"/run/p11-kit/pkcs11-{a,b}",
		"/run/p11-kit/pkcs11-[ab]",
		"/run/p11-kit/pkcs11-a\x00",
		"/run/p11-kit/pkcs11-@{HOME}",
		"/run/p11-kit/\"pkcs11-a\"",
		"/run/p11-kit/pkcs11-a # comment",
	} {
		rows = append(rows, attrCase{pkcs11Sockets(v), `pkcs11-socket .*`})
	}
	for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget} {
		checkSlotSanitizer(c, "pkcs11", typ, rows)
	}
}

// A gadget's slot attribute cannot widen the client's profile: a
// hostile value has the slot dropped, and handed to the plug's hook
// unchecked it is refused and adds nothing.
func (s *pkcs11Suite) TestHostileSlotCannotWidenThePlug(c *check.C) {
	var hostile []attrs
	for _, v := range []interface{}{
		"/run/p11-kit/*",
		"/run/p11-kit/pkcs11-*",
		"/run/p11-kit/pkcs11-{optee-slot-0,other}",
		"/run/p11-kit/pkcs11-optee-slot-0 rw,\n/** rwkl",
		"/run/p11-kit/pkcs11-optee-slot-0,\n/run/dbus/system_bus_socket rw",
		"/run/p11-kit/../dbus/system_bus_socket",
		"/run/dbus/system_bus_socket",
		"/run/p11-kit/sub/pkcs11-a",
		"/var/run/p11-kit/pkcs11-a",
		"/run/p11-kit/pkcs11-@{HOME}",
		longPath("/run/p11-kit/pkcs11-", 4096),
		"",
		42,
	} {
		hostile = append(hostile, pkcs11Sockets(v))
	}
	hostile = append(hostile, attrs{})
	checkHostileDeviceSlot(c, "pkcs11", pkcs11Slot, hostile, []string{
		"file rw /run/p11-kit/pkcs11-other",
		"file rw /run/p11-kit/pkcs11-optee-slot-1",
		"file rw /run/dbus/system_bus_socket",
		"file r /run/p11-kit/",
		"file rw /home/u/.ssh/id_rsa",
		"file rw /run/p11-kit/sub/pkcs11-a",
	})
}

// The sockets of two slots reach each client as its own slot says.
func (s *pkcs11Suite) TestEachPlugGetsItsSlotsSocket(c *check.C) {
	provider := providerYaml(snap.TypeGadget, "pkcs11", pkcs11Slot) + "  slot-b:\n    interface: pkcs11\n    pkcs11-socket: /run/p11-kit/pkcs11-tpm\n"
	consumer := strings.Replace(consumerYaml("pkcs11"), "  other:\n    command: bin/other\n", "  other:\n    command: bin/other\n    plugs: [plug-b]\n", 1) + "  plug-b:\n    interface: pkcs11\n"
	repo := newRepo(c, builtin.Core, consumer, provider)
	connectPlug(c, repo, "consumer", "plug", "provider", "slot")
	connectPlug(c, repo, "consumer", "plug-b", "provider", "slot-b")
	cn := &connection{Repository: repo, provider: "provider"}
	cn.checkAccesses(c, plugTag, []string{"file rw /run/p11-kit/pkcs11-optee-slot-0"}, []string{"file rw /run/p11-kit/pkcs11-tpm"})
	cn.checkAccesses(c, otherPlugTag, []string{"file rw /run/p11-kit/pkcs11-tpm"}, []string{"file rw /run/p11-kit/pkcs11-optee-slot-0"})
}
