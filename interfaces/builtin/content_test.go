// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type contentSuite struct{}

var _ = check.Suite(&contentSuite{})

const contentSummary = "allows sharing files and directories from one snap to another"

func (s *contentSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "content", staticInfo{
		summary: contentSummary,
		slots: `
allow-installation:
  slot-snap-type:
    - app
    - gadget
    - kernel
allow-connection:
  plug-attributes:
    content: $SLOT(content)
allow-auto-connection:
  plug-publisher-id:
    - $SLOT_PUBLISHER_ID
  plug-attributes:
    content: $SLOT(content)`,
	})
}

func (s *contentSuite) TestConnectedPlug(c *check.C) {
	repo := connectToProvider(c, builtin.Classic, consumerYaml("content", "    content: kit\n    target: $SNAP/kit\n"), providerYaml(snap.TypeApp, "content", `    content: kit
    read: [$SNAP/lib, $SNAP_COMMON/share]
    write: [$SNAP_DATA/run]
`))
	repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"@{INSTALL_DIR}/@{SNAP_NAME}/@{SNAP_REVISION}/kit{,/,/**} mrkix,",
		"@{INSTALL_DIR}/provider/[0-9x]*/lib{,/,/**} mrkix,",
		"/var/snap/provider/common/share{,/,/**} mrkix,",
		"@{INSTALL_DIR}/@{SNAP_NAME}/@{SNAP_REVISION}/kit{,/,/**} rwk,",
		"/var/snap/provider/[0-9x]*/run{,/,/**} rwk,",
	}, nil)
	// The provider shares its own files: it gets nothing.
	repo.checkNoPolicy(c, "provider")
}

func (s *contentSuite) TestSourceAndRelativePaths(c *check.C) {
	repo := connectToProvider(c, builtin.Classic, consumerYaml("content", "    content: themes\n    target: $SNAP_DATA/themes\n"), providerYaml(snap.TypeApp, "content", "    content: themes\n    source:\n      read: [$SNAP/themes]\n"))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"/var/snap/@{SNAP_INSTANCE_NAME}/@{SNAP_REVISION}/themes{,/,/**} mrkix,",
		"@{INSTALL_DIR}/provider/[0-9x]*/themes{,/,/**} mrkix,",
	}, []string{"rwk"})
	c.Check(grants(text, "/snap/provider/12/themes/Adwaita/index.theme", "r", false), check.Equals, true)
	c.Check(grants(text, "/snap/provider/12/lib/libfoo.so", "r", false), check.Equals, false)
	c.Check(grants(text, "/snap/other/12/themes/x", "r", false), check.Equals, false)

	// A path without a variable is relative to $SNAP, even with a
	// leading slash; "." and "/" are $SNAP itself.
	repo = connectToProvider(c, builtin.Classic, consumerYaml("content", "    content: exe\n    target: docker-env\n"), providerYaml(snap.TypeApp, "content", "    content: exe\n    read: [.]\n"))
	repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"@{INSTALL_DIR}/@{SNAP_NAME}/@{SNAP_REVISION}/docker-env{,/,/**} mrkix,",
		"@{INSTALL_DIR}/provider/[0-9x]*{,/,/**} mrkix,",
	}, nil)
	repo = connectToProvider(c, builtin.Classic, consumerYaml("content", "    content: exe\n    target: /opt\n"), providerYaml(snap.TypeApp, "content", "    content: exe\n    read: [/, /usr/lib]\n"))
	repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"@{INSTALL_DIR}/@{SNAP_NAME}/@{SNAP_REVISION}/opt{,/,/**} mrkix,",
		"@{INSTALL_DIR}/provider/[0-9x]*{,/,/**} mrkix,",
		"@{INSTALL_DIR}/provider/[0-9x]*/usr/lib{,/,/**} mrkix,",
	}, nil)
}

func (s *contentSuite) TestDefaultTags(c *check.C) {
	repo := newRepo(c, builtin.Classic,
		consumerYaml("content", "    target: $SNAP/x\n"),
		providerYaml(snap.TypeApp, "content", "    read: [$SNAP/x]\n"))
	c.Check(repo.Plug("consumer", "plug").Attrs["content"], check.Equals, "plug")
	c.Check(repo.Slot("provider", "slot").Attrs["content"], check.Equals, "slot")
}

func (s *contentSuite) TestDecisions(c *check.C) {
	checkDecisions(c, "content", []decision{
		{plugAttrs: "    content: kit\n    target: $SNAP/kit\n", provider: true, slotAttrs: "    content: kit\n    read: [$SNAP/kit]\n", manual: true, auto: false},
		{plugAttrs: "    content: kit\n    target: $SNAP/kit\n", provider: true, slotAttrs: "    content: other\n    read: [$SNAP/kit]\n", manual: false, auto: false},
		{plugAttrs: "    target: $SNAP/kit\n", provider: true, slotAttrs: "    read: [$SNAP/kit]\n", manual: false, auto: false},
	})
}

func (s *contentSuite) TestPlugSanitizer(c *check.C) {
	iface := ifaceByName(c, "content")
	target := func(t string) map[string]interface{} { return map[string]interface{}{"target": t} }
	with := func(k string, v interface{}) map[string]interface{} {
		return map[string]interface{}{"target": "$SNAP/x", k: v}
	}
	checkPlugSanitizer(c, iface.Name(), append([]attrCase{
		{nil, `"target" is required: the directory where the content appears`},
		{map[string]interface{}{"target": int64(1)}, `"target" must be a string`},
		{target(""), `"target" cannot be empty`},
		{target("$SNAP"), `"target" "\$SNAP" must be a directory below \$SNAP`},
		{target("$SNAP_DATA"), `"target" "\$SNAP_DATA" must be a directory below \$SNAP_DATA`},
		{target("/"), `"target" "/" must be a directory below \$SNAP`},
		{target("."), `"target" "." must be a directory below \$SNAP`},
		{target("$HOME/x"), `"target" "\$HOME/x" must start with \$SNAP, \$SNAP_DATA or \$SNAP_COMMON, or be relative to \$SNAP`},
		{target("$SNAPX/x"), `"target" "\$SNAPX/x" must start with .*`},
		{target("$SNAP/x/"), `"target" "\$SNAP/x/": its part below \$SNAP "/x/" must not end with a slash`},
		{target("$SNAP/../x"), `"target" "\$SNAP/../x": its part below \$SNAP "/../x" must be clean .*`},
		{target("./x"), `"target" "./x": its part below \$SNAP "/./x" must be clean .*`},
		{target("$SNAP/x,y"), `"target" .* contains ",", .*`},
		{target("$SNAP/$SNAP_DATA"), `"target" .* contains "\$", .*`},
		{with("content", true), `"content" must be a string`},
		{with("content", ""), `"content" cannot be empty`},
		{with("content", "a\nb"), `"content" "a\\nb" contains a control character`},
		{with("content", "a/b"), `"content" "a/b" contains "/": a tag is one word`},
		{with("default-provider", "Not_A_Snap"), `"default-provider" "Not_A_Snap" must be a snap name, optionally followed by ":" and a slot name`},
		{with("default-provider", "foo:"), `"default-provider" "foo:" must be .*`},
		{with("default-provider", "foo:bar:baz"), `"default-provider" "foo:bar:baz" must be .*`},
		{with("default-provider", int64(2)), `"default-provider" must be a string`},
		{with("read", []interface{}{"$SNAP/x"}), `"read" is a slot attribute`},
		{with("source", map[string]interface{}{}), `"source" is a slot attribute`},
	}, append(injections("$SNAP/x", `"target" .*`, target),
		injections("kit", `"content" .*`, func(v string) map[string]interface{} { return with("content", v) })...)...))
}

func (s *contentSuite) TestSlotSanitizer(c *check.C) {
	iface := ifaceByName(c, "content")
	read := func(paths ...interface{}) map[string]interface{} { return map[string]interface{}{"read": paths} }
	write := func(paths ...interface{}) map[string]interface{} { return map[string]interface{}{"write": paths} }
	checkSlotSanitizer(c, iface.Name(), snap.TypeApp, append([]attrCase{
		{nil, `"read" or "write" must list at least one path`},
		{read(), `"read" or "write" must list at least one path`},
		{read("$SNAP/a", "$SNAP/a"), `"read" lists "\$SNAP/a" twice`},
		{map[string]interface{}{"read": []interface{}{"$SNAP_DATA/a"}, "write": []interface{}{"$SNAP_DATA/a"}}, `"write" lists "\$SNAP_DATA/a", which "read" lists already`},
		{read(""), `read\[0\] cannot be empty`},
		{read("$HOME/x"), `read\[0\] "\$HOME/x" must start with .*`},
		{read("$SNAP/a/../../other"), `read\[0\] .* must be clean .*`},
		{read("$SNAP/lib/"), `read\[0\] .* must not end with a slash`},
		{read("$SNAP/lib*"), `read\[0\] .* contains "\*", .*`},
		{write("$SNAP/lib"), `write\[0\] "\$SNAP/lib" must be under \$SNAP_DATA or \$SNAP_COMMON: \$SNAP is read-only`},
		{write("."), `write\[0\] "\$SNAP" must be under \$SNAP_DATA or \$SNAP_COMMON: .*`},
		{map[string]interface{}{"source": []interface{}{"$SNAP/a"}}, `"source" must be a map holding "read" and "write" lists`},
		{map[string]interface{}{"source": map[string]interface{}{"read": []interface{}{"$SNAP/a"}}, "read": []interface{}{"$SNAP/b"}}, `"source" cannot go with "read" or "write" beside it`},
		{map[string]interface{}{"source": map[string]interface{}{"exec": []interface{}{"$SNAP/a"}}}, `"source" has key "exec": it holds "read" and "write" only`},
		{map[string]interface{}{"source": map[string]interface{}{}}, `"read" or "write" must list at least one path`},
		{map[string]interface{}{"source": map[string]interface{}{"write": []interface{}{"$SNAP/a"}}}, `write\[0\] .* \$SNAP is read-only`},
		{map[string]interface{}{"read": []interface{}{"$SNAP/a"}, "content": int64(1)}, `"content" must be a string`},
		{map[string]interface{}{"read": []interface{}{"$SNAP/a"}, "target": "$SNAP/x"}, `"target" is a plug attribute`},
	}, injections("$SNAP/x", `read\[0\] .*`, func(p string) map[string]interface{} { return read(p) })...))
}

func (s *contentSuite) TestCorpusPlugsAndSlotsPass(c *check.C) {
	for _, attrs := range []string{
		"    target: $SNAP/data-dir/icons\n    default-provider: gtk-common-themes\n",
		"    content: kf5-5-110-qt-5-15-11-core22-all\n    default-provider: kf5-5-110-qt-5-15-11-core22\n    target: $SNAP/kf5\n",
		"    content: docker-executables\n    default-provider: docker\n    target: docker-env\n",
		"    target: $SNAP/data-dir/sounds\n    default-provider: gtk-common-themes:sounds-themes\n",
		"    target: $SNAP_DATA/microovn/certificates\n",
	} {
		newRepo(c, builtin.Classic, consumerYaml("content", attrs))
	}
	for _, attrs := range []string{
		"    source:\n      read: [$SNAP_COMMON/var/log/kafka]\n",
		"    read: [$SNAP/providers/checkbox-provider-resource]\n",
		"    read: [/]\n",
		"    content: docker-executables\n    read: [.]\n",
		"    source:\n      write: [$SNAP_COMMON/run/switch]\n",
		"    content: diagnostic-text\n    write: [$SNAP_COMMON/diagnostic]\n",
		"    write: [$SNAP_DATA/share]\n",
	} {
		newRepo(c, builtin.Classic, providerYaml(snap.TypeApp, "content", attrs))
	}
}
