// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type sharedMemorySuite struct{}

var _ = check.Suite(&sharedMemorySuite{})

const sharedMemorySummary = "allows sharing POSIX shared memory objects between snaps, or a private /dev/shm"

func (s *sharedMemorySuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "shared-memory", staticInfo{
		summary:           sharedMemorySummary,
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots: declSystemSlot + `
allow-connection:
  -
    slot-snap-type:
      - core
    plug-attributes:
      private: "true"
  -
    slot-snap-type:
      - app
    plug-attributes:
      shared-memory: $SLOT(shared-memory)
allow-auto-connection:
  -
    slot-snap-type:
      - core
    plug-attributes:
      private: "true"
  -
    slot-snap-type:
      - app
    plug-publisher-id:
      - $SLOT_PUBLISHER_ID
    plug-attributes:
      shared-memory: $SLOT(shared-memory)`,
	})
}

func (s *sharedMemorySuite) TestNamedObjects(c *check.C) {
	repo := connectToProvider(c, builtin.Classic, consumerYaml("shared-memory", "    shared-memory: frames\n"), providerYaml(snap.TypeApp, "shared-memory", "    shared-memory: frames\n    read: [frames-ro]\n    write: [frames-rw, sem.frames]\n"))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"/{dev,run}/shm/frames-ro r,",
		"/{dev,run}/shm/frames-rw rwk,",
		"/{dev,run}/shm/sem.frames rwk,",
	}, []string{"/{dev,run}/shm/ ", "**"})
	c.Check(grants(text, "/dev/shm/frames-ro", "w", false), check.Equals, false)
	c.Check(grants(text, "/dev/shm/other", "r", false), check.Equals, false)
	// The provider creates every object it shares.
	repo.checkAppArmorOnly(c, "provider", slotTag, []string{
		"/{dev,run}/shm/frames-ro rwk,",
		"/{dev,run}/shm/frames-rw rwk,",
		"/{dev,run}/shm/sem.frames rwk,",
	}, nil)
}

func (s *sharedMemorySuite) TestPrivate(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("shared-memory", "    private: true\n"))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{"owner /{dev,run}/shm/ r,", "owner /{dev,run}/shm/** rwk,"}, nil)
	c.Check(grants(text, "/dev/shm/.org.chromium.Chromium.abc", "w", true), check.Equals, true)
	c.Check(grants(text, "/dev/shm/x", "r", false), check.Equals, false)
	// A private plug takes no tag.
	_, ok := repo.Plug("consumer", "plug").Attrs["shared-memory"]
	c.Check(ok, check.Equals, false)
}

func (s *sharedMemorySuite) TestBarePlugToSystemGetsNothing(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("shared-memory", ""))
	repo.checkNoPolicy(c, "consumer")
	c.Check(repo.Plug("consumer", "plug").Attrs["shared-memory"], check.Equals, "plug")
}

func (s *sharedMemorySuite) TestDecisions(c *check.C) {
	slot := "    shared-memory: frames\n    write: [frames]\n"
	checkDecisions(c, "shared-memory", []decision{
		{manual: false, auto: false},
		{core: true, manual: false, auto: false},
		{plugAttrs: "    private: false\n", manual: false, auto: false},
		{plugAttrs: "    private: true\n", manual: true, auto: true},
		{plugAttrs: "    private: true\n", core: true, manual: true, auto: true},
		{plugAttrs: "    shared-memory: frames\n", provider: true, slotAttrs: slot, manual: true, auto: false},
		{plugAttrs: "    shared-memory: other\n", provider: true, slotAttrs: slot, manual: false, auto: false},
		{plugAttrs: "    private: true\n", provider: true, slotAttrs: slot, manual: false, auto: false},
	})
}

func (s *sharedMemorySuite) TestPlugSanitizer(c *check.C) {
	iface := ifaceByName(c, "shared-memory")
	checkPlugSanitizer(c, iface.Name(), append([]attrCase{
		{map[string]interface{}{"private": "yes"}, `"private" must be true or false`},
		{map[string]interface{}{"private": true, "shared-memory": "x"}, `"shared-memory" cannot go with "private: true"`},
		{map[string]interface{}{"shared-memory": int64(3)}, `"shared-memory" must be a string`},
		{map[string]interface{}{"shared-memory": ""}, `"shared-memory" cannot be empty`},
		{map[string]interface{}{"read": []interface{}{"x"}}, `"read" is a slot attribute`},
		{map[string]interface{}{"write": []interface{}{"x"}}, `"write" is a slot attribute`},
		{map[string]interface{}{"shared-memory": "a b"}, `"shared-memory" "a b" contains " ": a tag is one word`},
	}, injections("frames", `"shared-memory" .* contains .*`, func(v string) map[string]interface{} {
		return map[string]interface{}{"shared-memory": v}
	})...))
}

func (s *sharedMemorySuite) TestSlotSanitizer(c *check.C) {
	iface := ifaceByName(c, "shared-memory")
	write := func(names ...interface{}) map[string]interface{} { return map[string]interface{}{"write": names} }
	checkSlotSanitizer(c, iface.Name(), snap.TypeApp, append([]attrCase{
		{nil, `"read" or "write" must list at least one path`},
		{map[string]interface{}{"private": true, "write": []interface{}{"x"}}, `"private" is a plug attribute`},
		{map[string]interface{}{"shared-memory": false, "write": []interface{}{"x"}}, `"shared-memory" must be a string`},
		{write("x", "x"), `"write" lists "x" twice`},
		{write(""), `write\[0\] "" must be a name in /dev/shm: .*`},
		{write(".hidden"), `write\[0\] ".hidden" must be a name in /dev/shm: .*`},
		{write("-x"), `write\[0\] "-x" must be a name in /dev/shm: .*`},
		{write("a/b"), `write\[0\] "a/b" must be a name in /dev/shm: .*`},
		{write(".."), `write\[0\] ".." must be a name in /dev/shm: .*`},
		{write("snap.other.secret"), `write\[0\] "snap.other.secret" starts with "snap.", which names each snap's own objects`},
	}, injections("frames", `write\[0\] .* must be a name in /dev/shm: .*`, func(v string) map[string]interface{} { return write(v) })...))
}

func (s *sharedMemorySuite) TestCorpusPlugsPass(c *check.C) {
	newRepo(c, builtin.Classic, consumerYaml("shared-memory", "    private: true\n"))
}
