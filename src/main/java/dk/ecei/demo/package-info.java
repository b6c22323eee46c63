/**
 * The living demo (demo profile only): on the first start, {@link dk.ecei.demo.DemoScenario} generates a scenario
 * relative to that day through the application's own services (cluster register, assessment steps with the process
 * engine, evidence, label register, performance account), so the engine's state is real. Every invented row is listed
 * in the table {@code demo_generated}; invented clusters carry "(demo)" in their name and invented labels the source
 * {@code demo}. The real 2016 Danish register keeps its names and labels. See docs/demo.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo scenario")
package dk.ecei.demo;
