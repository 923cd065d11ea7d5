// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type confdbSuite struct{}

var _ = check.Suite(&confdbSuite{})

const confdbPlugYaml = `
account: f22PSauKuNkwQTM9Wz67ZCjNACuSjjhN
view: network/wifi-setup
`

func (s *confdbSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "confdb", staticInfo{
		summary:           "allows accessing a confdb through a view",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
	c.Check(ifaceByName(c, "confdb").StaticInfo().NotRendered, check.HasLen, 0)
}

// The plug installs anywhere and connects by hand only; a plug whose
// account is its own publisher's is no exception here (see confdb.go).
func (s *confdbSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "confdb", confdbPlugYaml, true)
	checkDecisions(c, "confdb", []decision{
		{plugAttrs: confdbPlugYaml, manual: true, auto: false},
		{plugAttrs: confdbPlugYaml, core: true, manual: true, auto: false},
		{plugAttrs: "account: canonical\nview: network/wifi-setup\nrole: custodian", core: true, manual: true, auto: false},
	})
}

// The app reaches the confdb through snapctl, which the daemon answers:
// no rule at all, and never the daemon's state, where the confdb is
// kept, nor its privileged socket.
func (s *confdbSuite) TestNoPolicy(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("confdb", confdbPlugYaml))
	cn.checkNoPolicy(c, "consumer")
	cn.checkAccesses(c, plugTag, nil, []string{"file r /var/lib/snapd/state.json", "file w /var/lib/snapd/state.json", "file rw /run/snapd.socket"})
}

func (s *confdbSuite) TestSanitizePlug(c *check.C) {
	view := func(kv ...interface{}) attrs {
		a := attrs{"account": "canonical", "view": "network/wifi-setup"}
		for i := 0; i < len(kv); i += 2 {
			if kv[i+1] == nil {
				delete(a, kv[i].(string))
			} else {
				a[kv[i].(string)] = kv[i+1]
			}
		}
		return a
	}
	rows := []attrCase{
		{view(), ""},
		{view("account", "f22PSauKuNkwQTM9Wz67ZCjNACuSjjhN"), ""},
		{view("account", "my-brand-01"), ""},
		{view("role", "custodian"), ""},
		{view("account", "system", "view", "network/wifi"), ""},
		{view("view", "a/b"), ""},
		{view("view", "net-work9/wifi-2-setup"), ""},

		{nil, `"account" is required: the account that owns the confdb schema`},
		{view("account", nil), `"account" is required: .*`},
		{view("view", nil), `"view" is required: CONFDB/VIEW`},
		{view("account", int64(1)), `"account" must be a string`},
		{view("view", []interface{}{"a/b"}), `"view" must be a string`},
		{view("role", true), `"role" must be a string`},
		{view("other", "x"), `"other" is not an attribute of confdb: its plug has account, view and role`},
		{view("account", ""), `"account" "" must be an account id \(32 letters and digits\) or name .*`},
		{view("account", "a"), `"account" "a" must be .*`},
		{view("account", "Canonical"), `"account" "Canonical" must be .*`},
		{view("account", strings.Repeat("a", 29)), `"account" "a{29}" must be .*`},
		{view("account", strings.Repeat("A", 33)), `"account" "A{33}" must be .*`},
		{view("account", "my_brand"), `"account" "my_brand" must be .*`},
		{view("view", ""), `"view" "" must be CONFDB/VIEW, .*`},
		{view("view", "network"), `"view" "network" must be CONFDB/VIEW, .*`},
		{view("view", "network/"), `"view" "network/" must be CONFDB/VIEW, .*`},
		{view("view", "/wifi"), `"view" "/wifi" must be CONFDB/VIEW, .*`},
		{view("view", "a/b/c"), `"view" "a/b/c" must be CONFDB/VIEW, .*`},
		{view("view", "network/wifi--setup"), `"view" .* must be CONFDB/VIEW, .*`},
		{view("view", "network/wifi-"), `"view" .* must be CONFDB/VIEW, .*`},
		{view("view", "9net/wifi"), `"view" .* must be CONFDB/VIEW, .*`},
		{view("view", "Network/wifi"), `"view" .* must be CONFDB/VIEW, .*`},
		{view("view", "network/"+strings.Repeat("a", 250)), `"view" is 258 bytes long, more than the 255 allowed`},
		{view("role", "admin"), `"role" must be "custodian" or left out, not "admin"`},
		{view("role", ""), `"role" must be "custodian" or left out, not ""`},
		{view("account", "system", "role", "custodian"), `"role" cannot be "custodian" of a confdb schema of the "system" account`},
	}
	for _, suffix := range injectedSuffixes {
		rows = append(rows,
			attrCase{view("account", "canonical"+suffix), `"account" .*`},
			attrCase{view("view", "network/wifi"+suffix), `"view" .*`},
			attrCase{view("role", "custodian"+suffix), `"role" .*`})
	}
	checkPlugSanitizer(c, "confdb", rows)
}
