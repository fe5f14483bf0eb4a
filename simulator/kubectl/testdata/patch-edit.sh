kubectl create deployment web --image=nginx --replicas=2
kubectl patch deployment web -p '{"spec":{"replicas":3}}'
kubectl patch deployment web -p '{"spec":{"replicas":3}}'
kubectl patch deployment web --type merge -p '{"metadata":{"labels":{"tier":"front"}}}'
kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox"}]}}}}'
kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[*].name}'
echo
kubectl patch deployment web --type json -p '[{"op":"replace","path":"/spec/replicas","value":1}]'
kubectl patch deployment web --type json -p '[{"op":"remove","path":"/spec/nope"}]'
kubectl patch deployment web --type json -p '{"op":"remove"}'
kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"image":"nginx:1.25"}]}}}}'
kubectl patch deployment web -p '{"spec":{"replicas":-1}}'
kubectl patch deployment web -p 'spec: {replicas: 2}'
kubectl patch deployment web -p '{bad'
kubectl patch deployment web --type foo -p '{}'
kubectl patch deployment web
kubectl patch deployment nope -p '{}'
kubectl patch deployment web -p '{"spec":{"selector":{"matchLabels":{"app":"x"}}}}'
kubectl get deployment web
EDITOR="sed -i s/replicas:\ 2/replicas:\ 4/" kubectl edit deployment web
kubectl get deployment web
EDITOR=true kubectl edit deployment/web
EDITOR="sed -i s/replicas:\ 4/replicas:\ -1/" kubectl edit deployment web
EDITOR="sed -i s/name:\ web$/name:\ other/" kubectl edit deployment web
kubectl edit deployment web
EDITOR=false kubectl edit deployment web
EDITOR="sed -i d" kubectl edit deployment web
kubectl edit deployment nope
export EDITOR="sed -i s/image:\ nginx$/image:\ nginx:1.25/"
kubectl edit deploy web
kubectl get deploy web -o wide
