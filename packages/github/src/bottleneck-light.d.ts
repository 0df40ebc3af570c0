// bottleneck's light build (what the Octokit plugins use) has the full build's API and no types of its own
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
