cat deployment.yaml | kubectl apply -f -
kubectl apply -f manifests
kubectl apply -f manifests/ -f deployment.yaml
kubectl get deploy,svc,cm,secret -o name
kubectl get secret web-secret -o yaml
kubectl get deploy web-app -o json
sed -i 's/replicas: 3/replicas: 2/' deployment.yaml
kubectl apply -f deployment.yaml
kubectl get deploy web-app
kubectl apply -f deployment.yaml --dry-run=client
kubectl delete -f manifests
kubectl delete deploy -l app=nothing
kubectl delete deploy --all
kubectl get all
