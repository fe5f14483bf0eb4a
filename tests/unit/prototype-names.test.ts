import { describe, expect, it } from "vitest";
import { Output } from "../../simulator/core/io";
import { runDocker } from "../../simulator/docker/root";
import { createDockerHarness } from "../../simulator/docker/image/testing";

/** Names that are keys of Object.prototype: looked up in a plain record they find a method, not "nothing". */
const NAMES = ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"];

/** Every way a learner's word becomes a lookup key: containers, volumes, networks, images, tags, command groups. */
const FORMS = [
  "start N", "stop N", "kill N", "restart N", "pause N", "unpause N", "rm N", "rm -f N", "rename web N", "rename N x", "wait N", "logs N", "inspect N",
  "exec N ls", "diff N", "port N", "top N", "run --name N alpine true", "create --name N alpine", "run --network N alpine true",
  "run -v N:/data alpine true", "volume create N", "volume inspect N", "volume rm N", "network create N", "network inspect N", "network rm N",
  "network connect N web", "network connect bridge N", "network disconnect N web", "image inspect N", "rmi N", "tag alpine N", "tag N x",
  "pull N", "push N", "history N", "save N", "image inspect alpine:N", "pull alpine:N", "run alpine:N", "N", "container N", "image N",
  "network N", "volume N", "ps --filter name=N", "ps --filter N=1", "images --filter N=1", "ps --format {{.N}}", "images --format {{.N}}",
  "inspect --format {{.N}} web", "run -e N=1 alpine true", "run --restart N alpine true", "kill -s N web", "run -p N alpine true",
  "system N", "buildx N", "builder N", "run -u N alpine true", "run --entrypoint N alpine", "run alpine N",
];

describe("names that are Object.prototype keys", () => {
  it("are ordinary unknown names to every verb: no crash, no leaked function text", () => {
    const { engine, host, docker } = createDockerHarness();
    docker("pull alpine");
    docker("run -d --name web alpine sleep 300");
    const bad: string[] = [];
    for (const name of NAMES) {
      for (const form of FORMS) {
        const line = form.replaceAll("N", name);
        const out = new Output();
        try {
          const { stdout, stderr } = out.result(runDocker(line.split(" "), engine, out, host));
          if (/TypeError|\[object |function |native code|undefined/.test(stdout + stderr)) bad.push(`${line}: ${JSON.stringify((stdout + stderr).slice(0, 120))}`);
        } catch (error) {
          bad.push(`${line}: threw ${(error as Error).message}`);
        }
      }
    }
    console.log(`prototype names: ${NAMES.length * FORMS.length} command lines, ${bad.length} bad`);
    expect(bad).toEqual([]);
  });
});
