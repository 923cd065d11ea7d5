// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type kernelModuleLoadSuite struct{}

var _ = check.Suite(&kernelModuleLoadSuite{})

// kmodules makes a plug's attributes from entries of key, value pairs.
func kmodules(entries ...attrs) attrs {
	list := make([]interface{}, len(entries))
	for i, e := range entries {
		list[i] = e
	}
	return attrs{"modules": list}
}

const kernelModuleLoadPlugYaml = `
modules:
  - name: pcspkr
    load: denied
  - name: snd-hda-intel
    options: model=auto,auto index=0
  - name: dummy-drv
    load: dynamic
    options: fw=$SNAP_COMMON/firmware/x.bin
`

func (s *kernelModuleLoadSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "kernel-module-load", staticInfo{
		summary:           "allows constrained control over kernel module loading",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
	c.Check(ifaceByName(c, "kernel-module-load").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendKMod})
}

func (s *kernelModuleLoadSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "kernel-module-load", kernelModuleLoadPlugYaml, false)
	checkDecisions(c, "kernel-module-load", []decision{
		{plugAttrs: kernelModuleLoadPlugYaml, manual: true, auto: false},
		{plugAttrs: kernelModuleLoadPlugYaml, core: true, manual: true, auto: false},
	})
}

// The app loads nothing itself: connected, it gets no rule at all.
func (s *kernelModuleLoadSuite) TestNoPolicy(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("kernel-module-load", kernelModuleLoadPlugYaml))
	cn.checkNoPolicy(c, "consumer")
	cn.checkAccesses(c, plugTag, nil, []string{"capability sys_module", "file w /etc/modprobe.d/x.conf", "file w /etc/modules-load.d/x.conf"})
}

func (s *kernelModuleLoadSuite) TestSanitizePlug(c *check.C) {
	mod := func(kv ...interface{}) attrs { return mountEntry(kv...) }
	rows := []attrCase{
		{kmodules(mod("name", "pcspkr", "load", "denied")), ""},
		{kmodules(mod("name", "pcspkr", "load", "on-boot")), ""},
		{kmodules(mod("name", "pcspkr", "load", "dynamic")), ""},
		{kmodules(mod("name", "snd_hda_intel", "options", "model=auto,auto index=0 power_save=1")), ""},
		{kmodules(mod("name", "i915", "load", "on-boot", "options", "enable_guc=3")), ""},
		{kmodules(mod("name", "foo", "load", "dynamic", "options", "p1 p2=x")), ""},
		{kmodules(mod("name", "foo", "options", "fw=$SNAP_COMMON/fw/a.bin")), ""},
		{kmodules(mod("name", "foo", "options", "mac=00:11:22:33:44:55 id=-1 scale=1.5e+3")), ""},
		{kmodules(mod("name", "a", "load", "denied"), mod("name", "b", "load", "denied")), ""},

		// The attribute and its entries.
		{nil, `"modules" is required: a list of the modules to load or deny`},
		{attrs{"modules": "pcspkr"}, `"modules" must be a list of at least one entry`},
		{attrs{"modules": []interface{}{}}, `"modules" must be a list of at least one entry`},
		{attrs{"modules": []interface{}{"pcspkr"}}, `modules\[0\] must be a map of name, load and options`},
		{attrs{"modules": []interface{}{mod("name", "a", "load", "denied")}, "name": "a"}, `"name" is not an attribute of kernel-module-load: its plug has "modules" only`},
		{kmodules(mod("name", "a", "load", "denied", "path", "/lib/modules/a.ko")), `modules\[0\] has key "path": an entry holds name, load and options`},

		// name.
		{kmodules(mod("load", "denied")), `modules\[0\]: "name" is required`},
		{kmodules(mod("name", int64(1), "load", "denied")), `modules\[0\]: "name" must be a string`},
		{kmodules(mod("name", "", "load", "denied")), `modules\[0\] "name" "" must be a module name: letters, digits, "-" and "_"`},
		{kmodules(mod("name", "../evil", "load", "denied")), `modules\[0\] "name" "\.\./evil" must be a module name: .*`},
		{kmodules(mod("name", "foo.ko", "load", "denied")), `modules\[0\] "name" "foo\.ko" must be a module name: .*`},
		{kmodules(mod("name", "foo bar", "load", "denied")), `modules\[0\] "name" "foo bar" must be a module name: .*`},
		{kmodules(mod("name", "foo\ninstall bar /bin/sh", "load", "denied")), `modules\[0\] "name" .* must be a module name: .*`},
		{kmodules(mod("name", "snd-hda-intel", "load", "denied"), mod("name", "snd_hda_intel", "load", "on-boot")), `modules\[1\] "name" "snd_hda_intel" names the module of modules\[0\] again`},
		{kmodules(mod("name", strings.Repeat("a", 55), "load", "denied")), ""},
		{kmodules(mod("name", strings.Repeat("a", 56), "load", "denied")), `modules\[0\] "name" is 56 bytes long, more than the 55 allowed`},

		// load.
		{kmodules(mod("name", "a")), `modules\[0\] must give "load", "options" or both`},
		{kmodules(mod("name", "a", "load", "never")), `modules\[0\]: "load" must be on-boot, denied or dynamic, not "never"`},
		{kmodules(mod("name", "a", "load", "")), `modules\[0\]: "load" must be on-boot, denied or dynamic, not ""`},
		{kmodules(mod("name", "a", "load", true)), `modules\[0\]: "load" must be a string`},

		// options.
		{kmodules(mod("name", "a", "options", int64(3))), `modules\[0\]: "options" must be a string`},
		{kmodules(mod("name", "a", "load", "denied", "options", "p=1")), `modules\[0\]: "options" cannot go with "load: denied"`},
		{kmodules(mod("name", "a", "options", "")), `modules\[0\] "options" "" must be parameters separated by single spaces`},
		{kmodules(mod("name", "a", "options", "p=1  q=2")), `modules\[0\] "options" "p=1  q=2" must be parameters separated by single spaces`},
		{kmodules(mod("name", "a", "options", " p=1")), `modules\[0\] "options" .* must be parameters separated by single spaces`},
		{kmodules(mod("name", "a", "options", "1p=1")), `modules\[0\] "options" "1p=1" has the parameter name "1p", .*`},
		{kmodules(mod("name", "a", "options", "p=")), `modules\[0\] "options" "p=" has the value "", .*`},
		{kmodules(mod("name", "a", "options", `p="a b"`)), `modules\[0\] "options" .* has the value "\\"a", .*`},
		{kmodules(mod("name", "a", "options", "p=$HOME/x")), `modules\[0\] "options" .* has the value "\$HOME/x", .*`},
		{kmodules(mod("name", "a", "options", "p=x$SNAP_COMMON/x")), `modules\[0\] "options" .* has the value .*`},
		{kmodules(mod("name", "a", "options", "p=$SNAP_COMMON/../../etc/shadow")), `modules\[0\] "options" .* has the value .*`},
		{kmodules(mod("name", "a", "options", "p=1\ninstall a /bin/sh")), `modules\[0\] "options" .* has the value .*`},
		{kmodules(mod("name", "a", "options", "p=1;reboot")), `modules\[0\] "options" .* has the value .*`},
		{kmodules(mod("name", "a", "options", "p=`id`")), `modules\[0\] "options" .* has the value .*`},
		{kmodules(mod("name", "a", "options", "p=1\t")), `modules\[0\] "options" .* has the value .*`},
		{kmodules(mod("name", "a", "options", "p=1#x")), `modules\[0\] "options" .* has the value .*`},
		{kmodules(mod("name", "a", "options", "p=1 "+strings.Repeat("q", builtin.AttrPathMax))), `modules\[0\] "options" is 4100 bytes long, more than the 4096 allowed`},
	}
	for _, suffix := range injectedSuffixes {
		rows = append(rows,
			attrCase{kmodules(mod("name", "pcspkr"+suffix, "load", "denied")), `modules\[0\] "name" .*`},
			attrCase{kmodules(mod("name", "pcspkr", "load", "on-boot"+suffix)), `modules\[0\]: "load" .*`})
		// A comma separates an array's values, and a slash a path's
		// elements: both are the value's own.
		optionsErr := `modules\[0\] "options" .*`
		if suffix == "," || suffix == "/" {
			optionsErr = ""
		}
		rows = append(rows, attrCase{kmodules(mod("name", "pcspkr", "options", "p=1"+suffix)), optionsErr})
	}
	many := make([]attrs, builtin.AttrListMax+1)
	for i := range many {
		many[i] = mod("name", fmt.Sprintf("m%d", i), "load", "denied")
	}
	rows = append(rows,
		attrCase{kmodules(many...), fmt.Sprintf(`"modules" lists %d entries, more than the %d allowed`, len(many), builtin.AttrListMax)},
		attrCase{kmodules(many[:builtin.AttrListMax]...), ""})
	checkPlugSanitizer(c, "kernel-module-load", rows)
}
