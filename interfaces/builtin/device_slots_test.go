// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

// Tests of what the gadget device interfaces (serial-port, gpio, i2c,
// spi, pwm) share: a gadget's slots, each naming its device.
type gadgetDeviceSuite struct{}

var _ = check.Suite(&gadgetDeviceSuite{})

// Every device slot of the Raspberry Pi gadget passes its sanitizer,
// and a plug connected to one gets that device's rule.
func (s *gadgetDeviceSuite) TestPiGadgetSlots(c *check.C) {
	gadget := corpusSnap(c, "snapcore__pi-gadget.yaml")
	repo := builtin.NewRepository()
	dropped, err := repo.AddSnap(gadget)
	c.Assert(err, check.IsNil)
	c.Check(dropped, check.HasLen, 0)
	count := map[string]int{}
	for _, slot := range repo.Slots("pi") {
		count[slot.Interface]++
	}
	c.Check(count, check.DeepEquals, map[string]int{"gpio": 28, "i2c": 7, "serial-port": 11, "spi": 14, "pwm": 2})

	for _, t := range []struct{ iface, slot, rule string }{
		{"gpio", "bcm-gpio-17", "@{sys}/devices/**/gpio/gpio17/{active_low,direction,edge,value} rw,"},
		{"i2c", "i2c-1", "/dev/i2c-1 rw,"},
		{"serial-port", "bt-serial", "/dev/ttyAMA0 rwk,"},
		{"spi", "spidev1-0", "/dev/spidev1.0 rw,"},
		{"pwm", "pwm1", "@{sys}/devices/**/pwm/pwmchip0/pwm1/{capture,duty_cycle,enable,period,polarity} rw,"},
	} {
		iface, err := builtin.ByName(t.iface)
		c.Assert(err, check.IsNil)
		consumer, err := snap.InfoFromSnapYaml([]byte(consumerYaml(t.iface)))
		c.Assert(err, check.IsNil)
		spec := &apparmor.Specification{}
		err = spec.AddConnectedPlug(iface, interfaces.NewConnectedPlug(consumer.Plugs["plug"], nil), interfaces.NewConnectedSlot(repo.Slot("pi", t.slot), nil))
		c.Assert(err, check.IsNil)
		checkRules(c, spec.SnippetForTag(plugTag), t.rule)
	}
}
