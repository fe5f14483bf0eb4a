kubectl run web --image=nginx
kubectl run api --image=nginx --labels=app=api
kubectl label pod web app=web
kubectl label pod web app=frontend
kubectl label pod web app=frontend --overwrite
kubectl label pod web app=frontend
kubectl get pods --show-labels
kubectl label pod web tier-
kubectl label pod web run-
kubectl label pods -l app=api team=core
kubectl label pods --all env=dev
kubectl get pods --show-labels
kubectl label pod
kubectl label pod web
kubectl label pods env=dev
kubectl label pod nope env=dev
kubectl label pod web env=dev api
kubectl annotate pod web owner=alice
kubectl annotate pod web owner=bob
kubectl annotate pod web owner=bob --overwrite
kubectl annotate pod web owner-
kubectl annotate deployment/nope owner=alice
kubectl create deployment shop --image=nginx:1.27 --replicas=2
sleep 30
kubectl get pods -o jsonpath='{.items[*].metadata.name}'
echo
kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.phase}{"\n"}{end}'
kubectl get pod web -o jsonpath='{.metadata.labels}'
echo
kubectl get pods -o jsonpath='{.items[*'
kubectl get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image,NODE:.spec.nodeName
kubectl get pods -o custom-columns=NAME
kubectl get pods -l app=shop --field-selector status.phase=Running -o name
kubectl get pods --field-selector metadata.name=web
kubectl get pods --field-selector foo=bar
kubectl create deployment w --image=nginx --replicas=2
kubectl wait --for=condition=Available deployment/w --timeout=60s
kubectl wait --for=condition=Ready pod -l app=w
kubectl wait --for=condition=Progressing=False deployment/w --timeout=5s
kubectl delete pod web --wait=false
kubectl wait --for=delete pod/web --timeout=60s
kubectl wait --for=condition=Ready pod -l app=none
kubectl wait deployment/w
kubectl wait --for=condition=Ready pod/nope
